"""Remove machine-translation artefacts from English output (pure Python).

Argos-style pipelines leave `⁇` unknown marks and stray SentencePiece `▁`, HTML entities such as
`&apos;` (argos-translate #268), doubled question marks `؟?` (LibreTranslate #776), spaces before
punctuation and Arabic punctuation inside English text. `clean_translation` fixes those and
nothing else: words are never changed.
"""

from __future__ import annotations

import html
import re

# Only complete entities (with the semicolon): html.unescape alone would also turn "&copy" or
# "&not" inside ordinary words into symbols.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_UNKNOWN = re.compile(r"\s*(?:⁇|<unk>)\s*")
_ARABIC_PUNCT = str.maketrans({"؟": "?", "،": ",", "؛": ";", "٪": "%", "«": '"', "»": '"'})
_REPEATED = re.compile(r"([?,;:])(?:\s*\1)+")  # "??", "? ?", ",," -> one
_SPACED_STOPS = re.compile(r"(?<!\.)\.(?:\s+\.)+(?!\.)")  # ". ." but not an ellipsis
_SPACE_BEFORE = re.compile(r"\s+([,.;:!?%)\]}])")
_SPACE_AFTER_OPEN = re.compile(r"([(\[{])\s+")
_SPACES = re.compile(r"[ \t\u00a0]{2,}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")


def unescape_entities(text: str) -> str:
    """Decode complete HTML entities, twice at most (`&amp;apos;` is a common double escape)."""
    for _ in range(2):
        decoded = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
        if decoded == text:
            break
        text = decoded
    return _CONTROL.sub("", text)


def clean_translation(text: str) -> str:
    """Return `text` without model artefacts; line breaks are kept."""
    text = unescape_entities(text)
    text = text.replace("\u2581", " ")
    text = _UNKNOWN.sub(" ", text)
    text = text.translate(_ARABIC_PUNCT)
    text = _REPEATED.sub(r"\1", text)
    text = _SPACED_STOPS.sub(".", text)
    text = _SPACE_BEFORE.sub(r"\1", text)
    text = _SPACE_AFTER_OPEN.sub(r"\1", text)
    text = _SPACES.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n")).strip()
