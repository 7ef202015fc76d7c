"""Verb-subject to subject-verb in a gloss draft, where the analysis is clear: a reporting verb,
its subject, then إنّ/أنّ (قال الوزير إن "the minister said that"). Elsewhere gloss_order keeps
the Arabic order: a following noun is too often an object."""

from __future__ import annotations

from collections.abc import Sequence

from workbench.arabic.morphology.analysis import Analysis
from workbench.mt.gloss_units import Unit

_THAT = frozenset({"<in~a_1", ">an~a_1"})  # إنّ / أنّ: where a reported subject ends
_SUBJECT_UNITS = frozenset({"title", "name", "prename", "org", "place", "phrase", "term"})
MAX_SUBJECT = 7  # Arabic words


def subject_first(items: Sequence[Unit | int], best: Sequence[Analysis | None],
                  english: list[str | None]) -> list[str | None]:
    """قال الوزير إن ... "the minister said that ...": a third-person perfect verb, then a run
    of nouns, adjectives, names, titles or organisations, then إنّ/أنّ, is the one pattern
    where the words between are surely the subject. Only then is the English reordered (the
    English stays one string per Arabic word, so only the strings move)."""
    out = list(english)
    k = 0
    while k < len(items):
        item = items[k]
        verb = best[item] if isinstance(item, int) else None
        if verb is None or verb.pos != "verb" or "VERB_PERFECT" not in verb.bw \
                or "PVSUFF_SUBJ:3" not in verb.suffix_bw or "OBJ" in verb.bw:
            k += 1
            continue
        end = _subject_end(items, best, k + 1)
        if end is None:
            k += 1
            continue
        first, last = item, _last_word(items[end - 1])
        subject = [w for w in out[first + 1:last + 1]]
        said = out[first] or ""
        conj = ""
        if said.lower().startswith("and "):
            conj, said = said[:4], said[4:]
        out[first:last + 1] = [conj + " ".join(w for w in subject if w).strip(), said] + [""] * (last - first - 1)
        k = end
    return out


def _last_word(item: Unit | int) -> int:
    return item.end - 1 if isinstance(item, Unit) else item


def _subject_end(items, best, start: int) -> int | None:
    """Index of the item after the subject when items[start:] is subject + إنّ/أنّ."""
    words = 0
    for j in range(start, len(items)):
        item = items[j]
        if isinstance(item, Unit):
            if item.kind not in _SUBJECT_UNITS:
                return None
            words += item.end - item.start
        else:
            a = best[item]
            if a is not None and a.lemma_id in _THAT:
                return j if j > start else None
            if a is None or a.pos not in ("noun", "noun_prop", "adj") or a.prefix_bw.startswith(("bi", "li", "ka")):
                return None
            words += 1
        if words > MAX_SUBJECT:
            return None
    return None
