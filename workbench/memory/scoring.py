"""Scoring one unit against one segment, OmegaT's way: word-level edit distance,
100 * (max - distance) / max, rounded down; then the trade's penalties.

Words are compared through ids: each distinct word of the segment gets one id (words whose
key sets meet share it), and a unit's word takes the id of the segment word it meets, or -1.
The distance is Myers/Hyyro's bit-parallel Levenshtein over those ids (one pass of big-int
operations per unit word), exact and fast enough to score a few hundred candidates per look-up.
"""

from __future__ import annotations

from workbench.memory.tokens import NUMBER_IN_TEXT, Segment, analyse, is_number, number_value
from workbench.memory.units import Match, Unit

PENALTY_OTHER_PROJECT = 2
PENALTY_MACHINE = 5
PENALTY_NUMBERS = 1
PENALTIES = {"other project": PENALTY_OTHER_PROJECT, "machine origin": PENALTY_MACHINE,
             "numbers differ": PENALTY_NUMBERS}  # fmt: skip
_NUMBER = -2  # the id every number has while numbers are compared as a class


def distance(pattern: list, text: list) -> int:
    """Levenshtein distance between two sequences of hashables (Myers 1999, Hyyro 2003)."""
    m = len(pattern)
    if not m:
        return len(text)
    peq: dict = {}
    for i, c in enumerate(pattern):
        peq[c] = peq.get(c, 0) | (1 << i)
    full, top = (1 << m) - 1, 1 << (m - 1)
    vp, vn, score = full, 0, m
    for c in text:
        eq = peq.get(c, 0)
        xv = eq | vn
        xh = ((((eq & vp) + vp) & full) ^ vp) | eq
        hp = vn | (~(xh | vp) & full)
        hn = vp & xh
        if hp & top:
            score += 1
        elif hn & top:
            score -= 1
        hp = ((hp << 1) | 1) & full
        hn = (hn << 1) & full
        vp = hn | (~(xv | hp) & full)
        vn = hp & xv
    return score


def percent(a: list, b: list) -> int:
    longest = max(len(a), len(b))
    if not longest:
        return 100
    return 100 * (longest - distance(a, b)) // longest


class Query:
    """A segment prepared for scoring many units (ids per word, raw words)."""

    def __init__(self, text: str, project: str = ""):
        self.segment = analyse(text)
        self.project = project
        self.ids: dict[str, int] = {}
        self.literal: list[int] = []  # ids with numbers compared by value
        for keys in self.segment.words:
            known = next((self.ids[k] for k in keys if k in self.ids), None)
            ident = len(self.literal) if known is None else known
            for k in keys:
                self.ids.setdefault(k, ident)
            self.literal.append(ident)
        self.masked = [_NUMBER if is_number(k) else i for k, i in zip(self.segment.words, self.literal)]

    def unit_ids(self, segment: Segment, literal: bool) -> list[int]:
        ids, out = self.ids, []
        for keys in segment.words:
            if not literal and is_number(keys):
                out.append(_NUMBER)
            else:
                out.append(next((ids[k] for k in keys if k in ids), -1))
        return out

    def match(self, unit: Unit, min_score: int = 0) -> Match | None:
        """The unit as a match, or None when it cannot reach `min_score` (checked on the
        words the two share before the distance is computed)."""
        seg = self.segment
        other = analyse(unit.source)
        ids = self.unit_ids(other, literal=False)
        longest = max(len(ids), len(self.masked))
        if min_score and 100 * min(len(self.masked), sum(i != -1 for i in ids)) < min_score * longest:
            return None
        score = percent(self.masked, ids)
        target, numbers_differ = unit.target, False
        if [number_value(n) for n in seg.numbers] != [number_value(n) for n in other.numbers]:
            numbers_differ = True
            target = substitute_numbers(unit.target, other.numbers, seg.numbers)
            if target is None:  # cannot carry our numbers over: they count as different words
                target = unit.target
                score = percent(self.literal, self.unit_ids(other, literal=True))
        penalties = tuple(name for name, applies in (
            ("other project", bool(self.project and unit.project and unit.project != self.project)),
            ("machine origin", unit.origin == "machine"),
            ("numbers differ", numbers_differ),
        ) if applies)  # fmt: skip
        score = max(0, score - sum(PENALTIES[p] for p in penalties))
        raw = percent(list(seg.raw), list(other.raw))
        return Match(unit, score, raw, seg.folded == other.folded, target, penalties)


def substitute_numbers(target: str, old: tuple[str, ...], new: tuple[str, ...]) -> str | None:
    """`target` with each of `old` replaced by the number at the same place in `new`, or None
    when the counts differ or a number to replace is not in the target."""
    if len(old) != len(new):
        return None
    found = [(m.start(), m.end(), number_value(m.group())) for m in NUMBER_IN_TEXT.finditer(target)]
    used: set[int] = set()
    edits: list[tuple[int, int, str]] = []
    for before, after in zip(old, new):
        if number_value(before) == number_value(after):
            continue
        index = next((i for i, f in enumerate(found) if i not in used and f[2] == number_value(before)), None)
        if index is None:
            return None
        used.add(index)
        start, end, _value = found[index]
        edits.append((start, end, after))
    for start, end, text in sorted(edits, reverse=True):
        target = target[:start] + text + target[end:]
    return target
