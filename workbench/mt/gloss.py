"""The built-in "gloss" engine: word-by-word English from the morphological analyzer, no model.

Each Arabic word becomes the English of its best analysis (workbench.arabic.morphology.english);
a word the lexicon does not know is romanized for English readers in brackets (unknown_word:
داعش -> "[Da'sh]", القاهرة -> "[al-Qahra]"), so the draft stays in Latin script and shows what is missing. Punctuation is kept
(Arabic comma, semicolon, question mark and quotes become English ones), Arabic-Indic digits
become ASCII digits, Latin words and numbers are kept as written: a Latin token of letters,
digits and . @ - _ / (www.spa.gov.sa, COVID-19, 15/7/2015) stays one word. Invisible format
characters (soft hyphen, bidi marks) are dropped first. Sentences start with a capital.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from workbench.arabic.chars import ARABIC_LETTER
from workbench.core.jobs import JobContext
from workbench.core.model import Draft, Status, TranslationRequest

_PUNCT = str.maketrans({
    "\u060c": ",", "\u061b": ";", "\u061f": "?", "\u066a": "%", "\u066b": ".", "\u066c": ",",
    "\u06d4": ".", "\u00ab": '"', "\u00bb": '"', "\u201c": '"', "\u201d": '"', "\u0640": "",
})
_DIGITS = str.maketrans("\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"
                        "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9",
                        "01234567890123456789")
# Soft hyphen, Arabic letter mark, zero-width characters, bidi marks, embeddings and isolates.
_INVISIBLE = re.compile("[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_NO_SPACE_BEFORE = frozenset(",.;:?!%)]}")
_NO_SPACE_AFTER = frozenset("([{")
_SENTENCE_END = frozenset(".?!")


@dataclass(frozen=True, slots=True)
class Coverage:
    """How many Arabic words of a text found an analysis."""

    glossed: int
    arabic_words: int

    @property
    def share(self) -> float:
        return self.glossed / self.arabic_words if self.arabic_words else 1.0


class GlossEngine:
    """Engine protocol implementation; owned by the MT lane like any engine.

    Uses the process-wide MorphAnalyzer (thread-safe, loaded on the first paragraph).
    """

    name = "gloss"
    draft_status = Status.GLOSS

    def __init__(self, analyzer=None):
        from workbench.arabic.morphology.analyzer import default_analyzer

        self._analyzer = analyzer or default_analyzer()

    @property
    def model(self) -> str:
        """The active morphology database: "bama-1.0" or "calima-msa-r13"."""
        return self._analyzer.database_info().name

    def translate(self, requests: Sequence[TranslationRequest], ctx: JobContext) -> Iterator[Draft]:
        total = len(requests)
        for done, request in enumerate(requests, start=1):
            ctx.check()
            text = self.gloss_text(request.source)
            yield Draft(request.paragraph_id, text, self.name, self.model, self.draft_status)
            ctx.progress(done, total)

    def gloss_text(self, text: str) -> str:
        """One paragraph as word-by-word English (line breaks inside it are kept)."""
        return "\n".join(self._gloss_line(line) for line in _INVISIBLE.sub("", text).split("\n"))

    def coverage(self, text: str) -> Coverage:
        words = [t for t in _tokens(_INVISIBLE.sub("", text)) if ARABIC_LETTER.search(t)]
        glossed = sum(1 for w in words if self._analyzer.best(w) is not None)
        return Coverage(glossed, len(words))

    def _gloss_line(self, line: str) -> str:
        out: list[str] = []
        run: list[str] = []  # consecutive Arabic words: one phrase for phrases.render
        for token in _tokens(line):
            if ARABIC_LETTER.search(token):
                run.append(token)
                continue
            out.extend(self._gloss_run(run))
            run = []
            out.append(token.translate(_PUNCT).translate(_DIGITS))
        out.extend(self._gloss_run(run))
        return _join(out)

    def _gloss_run(self, words: list[str]) -> list[str]:
        from workbench.arabic.morphology.phrases import render

        from workbench.arabic.morphology.ranking import in_context

        english = render(in_context([self._analyzer.analyze(w) for w in words]))
        return [unknown_word(w) if e is None else e for w, e in zip(words, english)]


def unknown_word(word: str) -> str:
    """How a gloss draft shows a word the lexicon does not know, clitics and all, in plain
    English letters a reader can say: داعش -> "[Da'sh]", لداعش -> "[Lda'sh]". The only place
    that renders unknown words: glossary enforcement looks for this token to put a term's
    English in."""
    from workbench.arabic.translit import to_english_name

    return f"[{to_english_name(word)}]"


# A Latin token with a letter, @, /, - or _ in it stays one word (www.spa.gov.sa, COVID-19,
# 15/7/2015), never ending in a full stop, which is punctuation. A number stays one token
# (3.5, ٣٫٥, 1,200); a conjunction or preposition written onto it (و٣٫٥ "and 3.5") is split off
# so the letter is glossed and the number kept.
_NUMBER = re.compile(r"(?<![A-Za-z0-9._@/-])(?=[A-Za-z0-9]*[A-Za-z@/_-])"
                     r"()([A-Za-z0-9](?:[A-Za-z0-9._@/-]*[A-Za-z0-9])?)"
                     r"|(?<![\w\u0600-\u06ff])([\u0648\u0641\u0628\u0644]?)"
                     r"([0-9\u0660-\u0669]+(?:[.,\u066b\u066c][0-9\u0660-\u0669]+)*)")


def _tokens(text: str) -> list[str]:
    from workbench.arabic.morphology.analyzer import tokenize

    tokens: list[str] = []
    start = 0
    for match in _NUMBER.finditer(text):
        tokens += tokenize(text[start:match.start()])
        tokens += [part for part in match.groups() if part]
        start = match.end()
    return tokens + tokenize(text[start:])


def _join(words: list[str]) -> str:
    """Words with English spacing and sentence capitals: 'the city , and' -> 'The city, and'."""
    text = ""
    capital = True
    quote_open = False  # '"' alternates between opening (glued to the next word) and closing
    for word in words:
        if not word:
            continue
        if capital and word[0].isalpha():
            word = word[0].upper() + word[1:]
            capital = False
        glue = not text or text[-1] in _NO_SPACE_AFTER or word[0] in _NO_SPACE_BEFORE
        if text.endswith('"') and quote_open:
            glue = True
        if word == '"':
            glue = quote_open or not text
            quote_open = not quote_open
        text += word if glue else " " + word
        if word[-1] in _SENTENCE_END:
            capital = True
    return text
