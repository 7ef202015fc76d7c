"""Rewriting an English draft so it uses the glossary's English terms. Pure functions; any thread.

For each glossary term found in the Arabic, the draft should hold the term's English (in the
glossary's own spelling and case) as often as the Arabic holds the term. Where it falls short,
known renderings of the term - forbidden ones first, then the English in another case, then
what the engine produced for the term alone - are replaced, left to right, at most as many times
as are missing. Nothing is ever inserted where no rendering was found: a draft we cannot fix is
left as it is and the terminology check flags it.

Articles: the match never includes a leading article or determiner of the draft ("the", "our",
"this"...). Before one, the English term goes in without its own article (so "the government"
becomes "the Government", not "the the Government"), and so after an article and one or two
adjectives ("the Yemeni government" -> "the Yemeni Government"); elsewhere with it. At a sentence start the
first letter is capitalised; "a"/"an" before the replacement is made to agree with it.

Brackets: a rendering that fills a pair of square brackets (how a gloss draft shows a word it
does not know, "[dAςš]") is replaced brackets and all, so the term reads "ISIS", not "[ISIS]".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from workbench.arabic.term_matcher import find_english
from workbench.glossary.entries import Glossary, GlossaryEntry

MAX_RENDERING_WORDS = 6
ARTICLES = frozenset(("the", "a", "an"))
DETERMINERS = ARTICLES | frozenset(
    "this that these those my your his her its our their whose which each every any some no".split()
)
# Words an engine adds around a term translated alone ("and for the government"): never part of
# a rendering we replace, so the words around the term in the draft stay.
_EDGE_WORDS = DETERMINERS | frozenset(
    "and or but so then for to of in on at by with from into about as than also".split()
)
_PUNCT = " \t\n.,;:!?\"'«»“”‘’()[]{}<>،؛؟…-–—"
_ARTICLE = re.compile(r"^(the|an?)\s+(?=\S)", re.IGNORECASE)
_PREV_WORD = re.compile(r"(\w+)(\s+)$")
# An adjective of a noun phrase: a capitalised word (Yemeni, Iraqi) or a common adjective ending.
_ADJECTIVE = re.compile(r"[A-Z][a-z]+|[a-z]+(?:al|ic|ian|ese|ish|ern|ive|ary|ed|ous|ful|ent|ant)|new|old")


def rendering_core(text: str) -> str:
    """A rendering without edge punctuation and without function words at either end
    ("And for the government." -> "government"); "" when nothing specific is left."""
    words = text.strip(_PUNCT).split()
    while words and words[0].lower().strip(_PUNCT) in _EDGE_WORDS:
        words.pop(0)
    while words and words[-1].lower().strip(_PUNCT) in _EDGE_WORDS:
        words.pop()
    core = " ".join(words).strip(_PUNCT)
    if not core or len(words) > MAX_RENDERING_WORDS or not re.search(r"[^\W\d_]{2}", core):
        return ""
    return core


def candidates(entry: GlossaryEntry, rendered: Iterable[str]) -> list[str]:
    """Phrases to look for in a draft, best first: forbidden renderings, the English itself in
    any case, the entry's former English terms, then the engine's renderings, longest first."""
    out: dict[str, str] = {}
    for phrase in (*entry.forbidden, english_core(entry.english), *map(english_core, entry.former)):
        if phrase.strip():
            out.setdefault(phrase.casefold(), phrase)
    cores = {rendering_core(r) for r in rendered}
    for core in sorted(filter(None, cores), key=lambda c: (-len(c.split()), -len(c))):
        out.setdefault(core.casefold(), core)
    return list(out.values())


def english_core(english: str) -> str:
    return _ARTICLE.sub("", english.strip(), count=1)


def _exact_spans(draft: str, english: str) -> list[tuple[int, int]]:
    """Occurrences of the English term in its own case (a capital at a sentence start allowed)."""
    core = english_core(english)
    words = core.split()
    spans = []
    for start, end in find_english(draft, english):
        found = draft[start:end].split()
        if found == words or (found[1:] == words[1:] and found[0] == words[0][:1].upper() + words[0][1:]):
            spans.append((start, end))
    return spans


def _with_brackets(draft: str, span: tuple[int, int]) -> tuple[int, int]:
    """A rendering that fills a pair of brackets (a gloss draft's unknown word, "[dAςš]") is
    replaced with its brackets: the term is no longer unknown."""
    start, end = span
    if start > 0 and draft[start - 1] == "[" and draft[end : end + 1] == "]":
        return start - 1, end + 1
    return span


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in taken)


def _article_before_modifiers(before: str) -> bool:
    """True when the words before the term are an article and one or two adjectives of its
    noun phrase: "the Yemeni ", "the new local " (then the term goes in without its own
    article: "the Yemeni Government", not "the Yemeni the Government")."""
    words = before.split()
    for n in (1, 2):
        if len(words) <= n or before[-1:] not in (" ", "\t") or words[-n - 1].lower() not in ARTICLES:
            continue
        modifiers = words[-n:]
        if all(_ADJECTIVE.fullmatch(w) and w.lower() not in _EDGE_WORDS for w in modifiers):
            return True
    return False


def _replacement(draft: str, start: int, english: str) -> tuple[int, str]:
    """(new start, text) to put at draft[start:end]: article- and sentence-aware."""
    offset = max(0, start - 64)
    before = draft[offset:start]
    prev = _PREV_WORD.search(before)
    text = english.strip()
    if _article_before_modifiers(before):
        return start, english_core(text)
    if prev and prev.group(1).lower() in DETERMINERS:
        text = english_core(text)
        word = prev.group(1).lower()
        if word in ("a", "an"):  # make the article agree with the new first sound
            article = "an" if text[:1].lower() in "aeiou" else "a"
            if prev.group(1)[:1].isupper():
                article = article.capitalize()
            return offset + prev.start(1), f"{article}{prev.group(2)}{text}"
        return start, text
    stripped = draft[:start].rstrip().rstrip("'\"”’)]")
    if not stripped or stripped[-1] in ".!?":
        text = text[:1].upper() + text[1:]
    return start, text


def rewrite(draft: str, source: str, glossary: Glossary, renderings: Mapping[str, Sequence[str]]) -> str:
    """`draft` with the glossary's English put in where a known rendering of a term stood.

    `renderings` maps an entry's ref to what the engine produced for that term alone.
    """
    hits = glossary.hits(source)
    if not hits or not draft.strip():
        return draft
    counts = Counter(h.entry.ref for h in hits)
    taken: list[tuple[int, int]] = []
    for ref in counts:
        entry = glossary.entry(ref)
        # "[ISIS]": a term put inside a gloss draft's unknown-word brackets by older versions
        draft = draft.replace(f"[{english_core(entry.english)}]", english_core(entry.english))
        exact = _exact_spans(draft, entry.english)
        taken.extend(exact)
        budget = counts[ref] - len(exact)
        for phrase in candidates(entry, renderings.get(ref, ())) if budget > 0 else ():
            while budget > 0:
                span = next((s for s in find_english(draft, phrase) if not _overlaps(s, taken)), None)
                if span is None:
                    break
                span = _with_brackets(draft, span)
                start, text = _replacement(draft, span[0], entry.english)
                draft = draft[:start] + text + draft[span[1] :]
                shift = len(text) - (span[1] - start)
                taken = [(s + shift, e + shift) if s >= span[1] else (s, e) for s, e in taken]
                taken.append((start, start + len(text)))
                budget -= 1
            if budget <= 0:
                break
    return draft
