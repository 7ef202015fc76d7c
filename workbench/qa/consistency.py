"""Project-wide consistency: `inconsistent-translation` (one Arabic, several Englishes) and
`same-english` (one English for different Arabic). Pure."""

from __future__ import annotations

import re
from collections import defaultdict

from workbench.qa.content import text_key

SAME_ENGLISH_MIN_WORDS = 4  # headings and labels ("Introduction", "Table 1") repeat honestly
_NON_WORD = re.compile(r"[\W_]+")


def _english_key(text: str) -> str:
    return _NON_WORD.sub(" ", text.casefold()).strip()


def _numbers(items) -> str:
    return ", ".join(str(n) for n in items)


def consistency(rows, kinds) -> dict[int, list]:
    """rows: (number, source, target) of checked paragraphs. Returns number -> findings
    (kind, message, source_spans, target_spans, related)."""
    out: dict[int, list] = defaultdict(list)
    by_source: dict[str, list] = defaultdict(list)
    by_target: dict[str, list] = defaultdict(list)
    for number, source, target in rows:
        skey, tkey = text_key(source), _english_key(target)
        if "inconsistent-translation" in kinds and any(c.isalpha() for c in skey):
            by_source[skey].append((number, tkey))
        if "same-english" in kinds and len(tkey.split()) >= SAME_ENGLISH_MIN_WORDS:
            by_target[tkey].append((number, skey))
    for group in by_source.values():
        if len(group) > 1 and len({t for _n, t in group}) > 1:
            for number, tkey in group:
                others = tuple(n for n, t in group if t != tkey)
                out[number].append(("inconsistent-translation", "the same Arabic is translated "
                                    f"differently in paragraph(s) {_numbers(others)}", (), (), others))  # fmt: skip
    for group in by_target.values():
        if len(group) > 1 and len({s for _n, s in group}) > 1:
            for number, skey in group:
                others = tuple(n for n, s in group if s != skey)
                out[number].append(("same-english", "the same English is used for different "
                                    f"Arabic in paragraph(s) {_numbers(others)}", (), (), others))  # fmt: skip
    return out
