"""Inline tags, second half: what is wrong with a target's tags (`problems`), tags spelled for a
terminal ({1} {/1} {1/}: `visible`, `from_visible`) and marks as stored (`to_json`,
`from_json`). Re-exported by core.inline, which callers import."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Iterable

from workbench.core.inline import RESERVED, Mark, close_tag, open_tag, plain, role, solo_tag, tags_in


# -- checks ------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class TagProblem:
    """One thing wrong with a target's tags: `code` is missing | extra | order | empty."""

    code: str
    number: int
    message: str


def problems(marks: Iterable[Mark], target: str) -> list[TagProblem]:
    """What is wrong with `target`'s tags against the source's marks: a tag missing, one the
    source has not (or twice), a closing tag before its opening one or crossing another pair,
    a pair with no words between (where a draft put formatting it could not place)."""
    marks = {mark.number: mark for mark in marks}
    found: list[TagProblem] = []
    seen: dict[tuple[str, int], int] = {}
    stack: list[int] = []
    opened_at: dict[int, int] = {}
    for index, tag_role, number in tags_in(target):
        seen[(tag_role, number)] = seen.get((tag_role, number), 0) + 1
        mark = marks.get(number)
        expected = None if mark is None else ("solo" if mark.solo else tag_role)
        if mark is None or expected != tag_role or seen[(tag_role, number)] > 1:
            found.append(TagProblem("extra", number, f"tag {_spelled(tag_role, number)} is not in the source"
                                    if mark is None or expected != tag_role else
                                    f"tag {_spelled(tag_role, number)} is there twice"))
            continue
        if tag_role == "open":
            stack.append(number)
            opened_at[number] = index
        elif tag_role == "close":
            if number not in stack:
                found.append(TagProblem("order", number, f"tag {{/{number}}} comes before {{{number}}}"))
                continue
            if stack[-1] != number:
                found.append(TagProblem("order", number, f"tags {{{number}}} and {{{stack[-1]}}} cross"))
            stack.remove(number)
            if not plain(target[opened_at[number] + 1:index]).strip():
                found.append(TagProblem("empty", number, f"no words between {{{number}}} and {{/{number}}}: "
                                        "place them around the words they format"))
    for number, mark in sorted(marks.items()):
        roles = ("solo",) if mark.solo else ("open", "close")
        for tag_role in roles:
            if (tag_role, number) not in seen:
                found.append(TagProblem("missing", number, f"tag {_spelled(tag_role, number)} "
                                        f"({mark.label()}) is missing"))
    return found


def _spelled(tag_role: str, number: int) -> str:
    return {"open": f"{{{number}}}", "close": f"{{/{number}}}", "solo": f"{{{number}/}}"}[tag_role]


# -- text spellings: for the command line and for storage ----------------------------------

_VISIBLE = re.compile(r"\{(/?)(\d{1,4})(/?)\}")


def visible(text: str) -> str:
    """Tags spelled {1} {/1} {1/}, for a terminal or a plain-text file."""
    return RESERVED.sub(lambda m: _spelled(*role(m.group())) if role(m.group()) else "", text)


def from_visible(text: str, numbers: Iterable[int]) -> str:
    """{1} {/1} {1/} back into tags, for the numbers the source has; other braces stay text."""
    wanted = set(numbers)

    def tag(match: re.Match[str]) -> str:
        slash_before, digits, slash_after = match.groups()
        number = int(digits)
        if number not in wanted or (slash_before and slash_after):
            return match.group()
        if slash_after:
            return solo_tag(number)
        return close_tag(number) if slash_before else open_tag(number)

    return _VISIBLE.sub(tag, text)


def to_json(marks: Iterable[Mark]) -> str:
    """Marks as stored in the project ("" for none)."""
    rows = [[m.number, m.kind, m.start, m.end] + ([m.href, m.text] if m.href or m.text else [])
            for m in marks]
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":")) if rows else ""


def from_json(stored: str) -> tuple[Mark, ...]:
    """Marks read back; anything unreadable (another program's edit) reads as no marks."""
    if not stored:
        return ()
    try:
        rows = json.loads(stored)
        return tuple(Mark(int(r[0]), str(r[1]), int(r[2]), int(r[3]),
                          *(str(x) for x in r[4:6])) for r in rows)
    except (ValueError, TypeError, IndexError):
        return ()
