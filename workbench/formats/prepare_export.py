"""Decisions every exporter shares: text cleaning, direction, fallbacks, labels.

Policy (the same in every format):
- Bilingual exports leave the target of an untranslated paragraph EMPTY (the status column or
  marker says "untranslated"), so a reviewer sees at once what is missing and nothing that
  looks like a translation is invented.
- Target-only exports write the SOURCE text for a paragraph without a target, so nothing is
  silently dropped; such paragraphs keep the source's direction.
- Code (Kind.CODE) is copied verbatim, left-to-right, never treated as a translation.
- Inline tags (core.inline: one Private Use character each) never reach a file as characters:
  `clean` removes them, while `clean_tagged` and the `tags=True` functions keep them for
  the writers that turn them back into formatting (inline.runs with the paragraph's marks).
Pure functions over core types; safe on any thread.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager

from workbench.core import inline
from workbench.core.model import Kind, Paragraph

# XML 1.0 forbids most C0 controls, U+FFFE/U+FFFF and lone surrogates; python-docx raises
# ValueError on them and a Markdown renderer shows garbage, so they go before any writer.
_ILLEGAL = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# Vertical tab is Word's manual line break and form feed its page break: keep them as breaks.
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\u2028\u2029]")
_TRAILING_SPACE = re.compile("[ \t]+\n")
# Bidi embeddings, overrides and isolates in prose: they can reorder what a reader sees (an
# override shows "cba" for "abc"), and the documents we write give each paragraph its own
# direction, so they are neutralised here (QA's bidi-control check names them first). Code
# keeps them: it is copied verbatim.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")

RTL_LANGUAGES = frozenset({"ar", "arc", "ckb", "dv", "fa", "he", "ps", "sd", "syr", "ug", "ur", "yi"})
LANGUAGE_NAMES = {
    "ar": "Arabic",
    "en": "English",
    "fa": "Persian",
    "fr": "French",
    "de": "German",
    "es": "Spanish",
    "ur": "Urdu",
    "he": "Hebrew",
}


_KEEP = threading.local()  # exports run on one thread each: the request stays on that thread


@contextmanager
def keeping_bidi_controls(keep: bool = True):
    """Within this block, exports on this thread keep bidi controls in prose: a person asked
    for them (an override written on purpose); the default neutralises them."""
    before = getattr(_KEEP, "on", False)
    _KEEP.on = keep
    try:
        yield
    finally:
        _KEEP.on = before


def clean(text: str, *, strip: bool = True) -> str:
    """`text` with line ends unified to "\\n", XML-illegal characters and inline tags removed
    and (unless `strip` is False, for code) bidi embeddings, overrides and isolates removed
    and outer and line-end whitespace trimmed."""
    return _clean(inline.plain(text), strip)


def clean_tagged(text: str) -> str:
    """`text` cleaned as `clean` does, its inline tags kept: for writers that format them."""
    return _clean(text, True)


def _clean(text: str, strip: bool) -> str:
    text = _ILLEGAL.sub("", _LINE_BREAKS.sub("\n", text))
    if not strip:  # code: indentation and inner spacing are meaningful
        return text.strip("\n")
    if not getattr(_KEEP, "on", False):
        text = _BIDI_CONTROLS.sub("", text)
    return _TRAILING_SPACE.sub("\n", text).strip()


def is_rtl(language: str) -> bool:
    """True for right-to-left languages ("ar", "ar-EG", "fa", ...)."""
    return language.replace("_", "-").split("-")[0].lower() in RTL_LANGUAGES


def starts_rtl(text: str) -> bool:
    """True when the first strongly directional character is right-to-left (Unicode bidi P2)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def language_name(language: str) -> str:
    """English name of a language code for column headers; the code itself if unknown."""
    return LANGUAGE_NAMES.get(language.split("-")[0].lower(), language)


def is_code(paragraph: Paragraph) -> bool:
    return paragraph.kind == Kind.CODE


def source_text(paragraph: Paragraph) -> str:
    """The cleaned source; code keeps its indentation."""
    return clean(paragraph.source, strip=not is_code(paragraph))


def bilingual_target(paragraph: Paragraph, *, tags: bool = False) -> str:
    """The cleaned target for a bilingual export: empty when untranslated (see module policy).
    `tags`: keep the target's inline tags (for inline.runs with the paragraph's marks)."""
    if is_code(paragraph):
        return source_text(paragraph)
    target = clean_tagged(paragraph.target) if tags else clean(paragraph.target)
    return target if inline.plain(target).strip() else ""


def target_only_text(paragraph: Paragraph, *, tags: bool = False) -> tuple[str, bool]:
    """(text, is_source) for a target-only export: the target, else the source (module policy).
    `tags`: the text keeps its inline tags (the source gets its marks' tags put in)."""
    if is_code(paragraph) or not paragraph.translatable:
        return source_text(paragraph), True
    target = bilingual_target(paragraph, tags=tags)
    if target:
        return target, False
    return (tagged_source(paragraph) if tags else source_text(paragraph)), True


def tagged_source(paragraph: Paragraph) -> str:
    """The cleaned source with its marks' tags put in (inline.tagged), for writers that format
    it with inline.runs(text, paragraph.marks); code is plain (it is copied verbatim)."""
    if is_code(paragraph) or not paragraph.marks:
        return source_text(paragraph)
    return clean_tagged(inline.tagged(paragraph.source, paragraph.marks))


def formatted(text: str, paragraph: Paragraph) -> list[inline.Run]:
    """`text` (from a `tags=True` function above) cut into formatted runs by the paragraph's
    marks; adjacent runs formatted alike are joined, so a writer emits as few as it can."""
    joined: list[inline.Run] = []
    for run in inline.runs(text, paragraph.marks):
        last = joined[-1] if joined else None
        if last is not None and not run.solo and not last.solo and (last.styles, last.href) == (
                run.styles, run.href):
            joined[-1] = inline.Run(last.text + run.text, run.styles, run.href)
        else:
            joined.append(run)
    return joined


def heading_level(paragraph: Paragraph, deepest: int = 6) -> int:
    """Heading level clamped to 1..deepest (a heading stored with level 0 is a top heading)."""
    return min(max(paragraph.level, 1), deepest)


def list_depth(paragraph: Paragraph) -> int:
    """List nesting depth, 1 for a top-level item (stored levels 0 and 1 both mean top)."""
    return max(paragraph.level, 1)


def status_label(paragraph: Paragraph) -> str:
    """What the status column shows: the workflow status, or "code" for text never translated."""
    if is_code(paragraph):
        return "code"
    if not paragraph.translatable:
        return "not translated"
    return paragraph.status.value


def segment_label(paragraph: Paragraph) -> str:
    """The id shown next to each segment so a reviewed file can be matched back: "#12"."""
    return f"#{paragraph.id}"


def document_starts(paragraphs: Iterable[Paragraph], documents: Mapping[int, str] | None,
                    ) -> Iterator[tuple[str, Paragraph]]:
    """Each paragraph with the name of the document it begins ("" when it begins none).
    Names are given only when `documents` (document id -> name) names more than one: an
    export of one document needs no marker, an export of several marks where each begins."""
    previous = None
    for paragraph in paragraphs:
        name = ""
        if documents and len(documents) > 1 and paragraph.document_id != previous:
            name = clean(documents.get(paragraph.document_id, "")) or f"document {paragraph.document_id}"
        previous = paragraph.document_id
        yield name, paragraph
