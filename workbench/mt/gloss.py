"""The built-in "gloss" engine: English from the morphological analyzer and our phrase book, no model.

A run of Arabic words is cut into units first (gloss_units): glossary terms of any length
(gloss_terms: the glossary's English, given by glossary_enforcer.GlossaryEngine), then the
longest set phrase, title, place or organisation of the phrase book (gloss_data, data files in
workbench/resources/gloss) and person names (gloss_names: "Mohammed bin Salman"). Each other
word gets the reading its neighbours choose (workbench.arabic.reading_context, the word
panel's rule too) and the English of that analysis (workbench.arabic.morphology.english); then
gloss_order puts the run in English order (the Yemeni government, does not mean). A word the
lexicon does not know is romanized for English readers in brackets (unknown_word: داعش ->
"[Da'sh]"), so the draft stays in Latin script and shows what is missing. Punctuation is kept
(Arabic comma, semicolon, question mark and quotes become English ones), Arabic-Indic digits
become ASCII digits, Latin words, numbers, links and e-mail addresses are kept byte for byte and
never capitalised: a Latin token of letters, digits and . @ - _ / (www.spa.gov.sa, COVID-19,
15/7/2015) stays one word, and so do links and addresses. Invisible format characters (soft
hyphen, bidi marks) are dropped first. Sentences start with a capital.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from workbench.arabic.chars import ARABIC_LETTER
from workbench.core.jobs import JobContext
from workbench.core.model import Draft, Status, TranslationRequest
from workbench.mt.kept_text import KEEP, KEEP_TAIL

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
    glosses_terms = True  # translate() takes the glossary itself (glossary_enforcer)

    def __init__(self, analyzer=None):
        from workbench.arabic.morphology.analyzer import default_analyzer

        self._analyzer = analyzer or default_analyzer()

    @property
    def model(self) -> str:
        """The active morphology database: "bama-1.0" or "calima-msa-r13"."""
        return self._analyzer.database_info().name

    def translate(self, requests: Sequence[TranslationRequest], ctx: JobContext,
                  glossary=None) -> Iterator[Draft]:
        """Drafts one by one; with `glossary` (glossary.entries.Glossary) its terms replace the
        glosses of their words (glossary_enforcer.GlossaryEngine passes it)."""
        total = len(requests)
        for done, request in enumerate(requests, start=1):
            ctx.check()
            text = self.gloss_text(request.source, glossary)
            yield Draft(request.paragraph_id, text, self.name, self.model, self.draft_status)
            ctx.progress(done, total)

    def gloss_text(self, text: str, glossary=None) -> str:
        """One paragraph as English glosses (line breaks inside it are kept): glossary terms,
        then set phrases, titles, places, organisations and names as units, the other words
        one by one, in English order (gloss_units, gloss_order)."""
        lines = _INVISIBLE.sub("", text).split("\n")
        return "\n".join(self._gloss_line(line, glossary) for line in lines)

    def coverage(self, text: str) -> Coverage:
        words = [t for t in _tokens(_INVISIBLE.sub("", text)) if ARABIC_LETTER.search(t)]
        glossed = sum(1 for w in words if self._analyzer.best(w) is not None)
        return Coverage(glossed, len(words))

    def readings(self, words: Sequence[str]) -> tuple[list, list]:
        """The ranked analyses of each word, and the reading its neighbours choose (the same
        choice the word panel makes: reading_context)."""
        from workbench.arabic.reading_context import choose

        options = [self._analyzer.analyze(w) for w in words]
        return options, choose(options, words)

    def _gloss_line(self, line: str, glossary=None) -> str:
        out: list[str] = []
        run: list[Token] = []  # consecutive Arabic words: one run for gloss_units/gloss_order
        hits = glossary.hits(line) if glossary is not None and len(glossary) else []
        for token in spans(line):
            if ARABIC_LETTER.search(token.text) and not token.kept:
                run.append(token)
                continue
            out.extend(self._gloss_run(run, line, hits))
            run = []
            if token.kept or _LATIN.search(token.text):  # Latin text: exactly as written
                out.append(Kept(token.text))
            else:
                out.append(token.text.translate(_PUNCT).translate(_DIGITS))
        out.extend(self._gloss_run(run, line, hits))
        return _join(out)

    def _gloss_run(self, run: list[Token], line: str, hits) -> list[str]:
        if not run:
            return []
        from workbench.mt.gloss_data import phrase_book
        from workbench.mt.gloss_order import render
        from workbench.mt.gloss_subject import subject_first
        from workbench.mt.gloss_terms import term_units
        from workbench.mt.gloss_units import segment

        words = [t.text for t in run]
        options, best = self.readings(words)
        items = segment(words, lambda i: options[i], phrase_book(), term_units(run, line, hits))
        _adjectives_after_units(items, options, best)
        english = subject_first(items, best, render(items, best))
        return [unknown_word(w) if e is None else e for w, e in zip(words, english)]


def _adjectives_after_units(items: list, options: list, best: list) -> None:
    """A word right after a place, organisation, title or name that can be an adjective with
    the article is one (مدينة إدلب السورية "the Syrian city of Idlib", not "Syria")."""
    from workbench.arabic.reading_context import agreeing_adjective
    from workbench.mt.gloss_units import Unit

    for before, item in zip(items, items[1:]):
        if isinstance(before, Unit) and isinstance(item, int) and before.kind != "phrase":
            definite = before.definite or before.kind in ("place", "name", "org")
            adjective = agreeing_adjective(options[item], definite)
            if adjective is not None:
                best[item] = adjective


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
# Addresses kept byte for byte and never capitalised: links, e-mail addresses, @handles. A
# link's closing punctuation (a full stop, a bracket) is not part of it.
_KEEP = KEEP  # mt/kept_text.py: the CTranslate2 engines keep the same parts
_LATIN = re.compile("[A-Za-z]")
_KEEP_TAIL = KEEP_TAIL


class Kept(str):
    """A Latin token shown exactly as written (never capitalised at a sentence start)."""


@dataclass(frozen=True, slots=True)
class Token:
    """A token of a line and where it is (for glossary hits); `kept`: an address or link."""

    text: str
    start: int
    end: int
    kept: bool = False


def _tokens(text: str) -> list[str]:
    return [t.text for t in spans(text)]


def spans(text: str) -> list[Token]:
    """The line's tokens in order, with their places in it."""
    out: list[Token] = []
    start = 0
    for match in _KEEP.finditer(text):
        end = match.end()
        while end > match.start() + 1 and text[end - 1] in _KEEP_TAIL:
            end -= 1
        if end <= start:
            continue
        out += _plain_tokens(text, start, match.start())
        out.append(Token(text[match.start():end], match.start(), end, True))
        start = end
    return out + _plain_tokens(text, start, len(text))


def _plain_tokens(text: str, start: int, end: int) -> list[Token]:
    from workbench.arabic.morphology.analyzer import tokenize

    part = text[start:end]
    pieces: list[str] = []
    at = 0
    for match in _NUMBER.finditer(part):
        pieces += tokenize(part[at:match.start()])
        pieces += [p for p in match.groups() if p]
        at = match.end()
    pieces += tokenize(part[at:])
    out, pos = [], 0
    for piece in pieces:
        found = part.find(piece, pos)
        found = pos if found < 0 else found
        out.append(Token(piece, start + found, start + found + len(piece)))
        pos = found + len(piece)
    return out


def _join(words: list[str]) -> str:
    """Words with English spacing and sentence capitals: 'the city , and' -> 'The city, and'."""
    text = ""
    capital = True
    quote_open = False  # '"' alternates between opening (glued to the next word) and closing
    for word in words:
        if not word:
            continue
        if isinstance(word, Kept):
            capital = False  # an address opening a sentence stays as written
        elif capital and word[0].isalpha():
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
