"""Word-level differences between two texts, as HTML for a QTextBrowser/QLabel."""

from __future__ import annotations

import difflib
import html
import re

_TOKENS = re.compile(r"\s+|[^\s\w]|\w+", re.UNICODE)

DELETED = '<span style="background-color:#f4c7c3; text-decoration:line-through;">{}</span>'
INSERTED = '<span style="background-color:#c7ecd0; text-decoration:underline;">{}</span>'


def tokens(text: str) -> list[str]:
    return _TOKENS.findall(text)


def word_diff_html(old: str, new: str) -> tuple[str, str]:
    """(old with removed words marked, new with added words marked), both escaped HTML."""
    a, b = tokens(old), tokens(new)
    left, right = [], []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        old_part = html.escape("".join(a[i1:i2]))
        new_part = html.escape("".join(b[j1:j2]))
        if op == "equal":
            left.append(old_part)
            right.append(new_part)
            continue
        if old_part:
            left.append(DELETED.format(old_part))
        if new_part:
            right.append(INSERTED.format(new_part))
    return _lines("".join(left)), _lines("".join(right))


def _lines(markup: str) -> str:
    return markup.replace("\n", "<br>")
