"""English word order for a gloss draft's run of words: units (gloss_units) and single words
(their chosen Analysis) rendered in the order English reads them.

Rules, each for the commonest pattern only (a wrong guess costs more than word-by-word order):
- noun + agreeing adjectives: the adjectives go before the noun, reversed, with one article
  (الحكومة اليمنية "the Yemeni government"; a unit heads them too: رئيس الوزراء البريطاني
  "the British Prime Minister");
- construct: a bare noun before a definite noun, a place, organisation or name takes "of"
  (وزير النقل "minister of the transport", محافظ عدن "governor of Aden");
- negation: لا/لم/لن + an imperfect verb read "does not"/"did not"/"will not" + the verb's base
  form (لا تعني "does not mean", لم يعلن "did not announce", لن تقبل "will not accept");
- أنّ before an imperfect verb reads "to" (يتوقع أن يزوره "expects to visit it");
- ل after a title reads "of" (الأمين العام للأمم المتحدة "the Secretary-General of the United
  Nations");
- a title loses its "the" before a name (ولي العهد الأمير محمد "Crown Prince Prince Mohammed",
  وزير الخارجية المصري سامح شكري "Egyptian Foreign Minister Sameh Shoukry");
- a preposition the next English starts with is said once (على وشك "on the verge of").
Verb-subject order is kept (قرر الوزير "decided the minister"): the analysis cannot tell a
following subject from an object often enough to move it - except before إنّ/أنّ, where the
words between a reporting verb and it are surely its subject (قال الوزير إن "the minister said
that": gloss_subject).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from workbench.arabic.morphology.analysis import Analysis
from workbench.arabic.morphology.english import english, first_alternative
from workbench.arabic.morphology.wordlists import NUMBERS
from workbench.arabic.normalize import match_key
from workbench.mt.gloss_units import Unit

_NO_OF = frozenset({"every", "all", "some", "most", "each", "both", "any", "other", "same",
                    "day", "year", "month", "week", "morning", "evening", "night", "self"})
_NISBA = "\u064a\u0651"  # يّ
_HEADS = frozenset({"title", "org", "term", "phrase"})  # units adjectives may follow
_NEGATION = {match_key("لم"): "did not", match_key("لن"): "will not", match_key("لا"): "not"}
_SUBJECTS = ("they ", "we ", "I ", "you ")
_MANS = re.compile(r"\b(\w+)mans\b")
_RAIS = match_key("رئيس")
_VOWELS = dict.fromkeys(map(ord, "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"))


def _definite(a: Analysis) -> bool:
    return a.prefix_bw.endswith("Al/DET")


def is_adjective(a: Analysis | None, definite: bool) -> bool:
    if a is None or not (a.pos == "adj" or (a.pos == "noun" and a.lemma.endswith(_NISBA))):
        return False
    if first_alternative(a.stem_gloss) in NUMBERS:  # ثلاثة أسابيع: a number, not an adjective
        return False
    return a.prefix_bw == ("Al/DET" if definite else "") and "POSS" not in a.suffix_bw


def _is_head(a: Analysis) -> bool:
    return a.pos in ("noun", "noun_prop") and "POSS" not in a.suffix_bw and not a.lemma.endswith(_NISBA)


def _is_that(a: Analysis) -> bool:
    return a.lemma_id.startswith((">an~a_", ">an_")) and not a.suffix_bw


def _singular(a: Analysis) -> Analysis:
    if "PL" in a.suffix_bw or "DU" in a.suffix_bw:
        return replace(a, suffix_bw="", suffix_gloss="")
    return a


def _fix_plural(text: str) -> str:
    """Plurals the regular rule gets wrong in compounds: "gunmans" -> "gunmen"."""
    return _MANS.sub(r"\1men", text)


def _negated(particle: Analysis, verb: Analysis) -> str | None:
    """لا تعني -> "does not mean"; None when `particle` is no negation of an imperfect verb."""
    neg = _NEGATION.get(match_key(particle.word))
    if neg is None or particle.pos != "part_neg" or verb.pos != "verb" or "IV" not in verb.prefix_bw:
        return None
    base = english(verb, after_to=True).removeprefix("to ")
    subject = next((s for s in _SUBJECTS if base.startswith(s)), "")
    base = base[len(subject):]
    if neg == "not":
        singular = "IV3MS" in verb.prefix_bw or "IV3FS" in verb.prefix_bw
        neg = "does not" if singular and not subject else "do not"
    prefix = english(particle).rpartition(" ")[0]  # ولا: "and"
    return " ".join(w for w in (prefix, subject.strip(), neg, base) if w)


class _Run:
    """One run's items, chosen readings and the English per word being filled in."""

    def __init__(self, items: Sequence[Unit | int], best: Sequence[Analysis | None]):
        self.items, self.best = list(items), best
        self.out: list[str | None] = [None] * len(best)
        self.bare: set = set()  # words said without their article (after هذا, هذه)

    def analysis(self, k: int) -> Analysis | None:
        item = self.items[k] if k < len(self.items) else None
        return self.best[item] if isinstance(item, int) else None

    def adjectives(self, k: int, definite: bool) -> int:
        """The index of the first item after k that is not an agreeing adjective."""
        j = k + 1
        while j < len(self.items) and is_adjective(self.analysis(j), definite):
            j += 1
        return j

    def modifiers(self, k: int, j: int) -> list[str]:
        """The adjectives of items k+1..j-1 as English puts them before the noun: reversed, and
        never plural (المسؤولون الأمريكيون "the American officials")."""
        found = [self.analysis(m) for m in range(j - 1, k, -1)]
        return [english(_singular(a), article=False) for a in found if a is not None]

    def absorb(self, k: int, j: int) -> None:
        for m in range(k + 1, j):
            item = self.items[m]
            for w in (range(item.start, item.end) if isinstance(item, Unit) else [item]):
                self.out[w] = ""


def render(items: Sequence[Unit | int], best: Sequence[Analysis | None]) -> list[str | None]:
    """English per word of the run (None: a word the lexicon does not know; "": its English
    moved into a neighbour's phrase)."""
    run = _Run(items, best)
    k = 0
    while k < len(run.items):
        item = run.items[k]
        if isinstance(item, Unit):
            k = _render_unit(run, k, item)
        else:
            k = _render_word(run, k, item)
    return _said_once(run)


def _render_unit(run: _Run, k: int, unit: Unit) -> int:
    j = run.adjectives(k, unit.definite) if unit.kind in _HEADS else k + 1
    following = run.items[j] if j < len(run.items) else None
    before_name = isinstance(following, Unit) and following.kind in ("name", "prename")
    article = unit.article and not (unit.kind in ("title", "term") and before_name)
    prefix = unit.prefix
    previous = run.items[k - 1] if k else None
    if prefix == "for" and isinstance(previous, Unit) and previous.kind == "title":
        prefix = "of"  # الأمين العام للأمم المتحدة "the Secretary-General of the United Nations"
    words = [prefix, "the" if article else "", *run.modifiers(k, j), unit.english]
    run.out[unit.start] = " ".join(w for w in words if w)
    for w in range(unit.start + 1, unit.end):
        run.out[w] = ""
    run.absorb(k, j)
    return j


def _render_word(run: _Run, k: int, i: int) -> int:
    head = run.best[i]
    if head is None:
        return k + 1
    following = run.analysis(k + 1)
    if following is not None:
        negated = _negated(head, following)
        if negated is not None:
            run.out[i], run.out[run.items[k + 1]] = negated, ""  # type: ignore[index]
            return k + 2
        if _is_that(head) and "IV" in following.prefix_bw:
            run.out[i] = " ".join(english(head).split(" ")[:-1] + ["to"])
            run.out[run.items[k + 1]] = english(following, after_to=True)  # type: ignore[index]
            return k + 2
    j = run.adjectives(k, _definite(head)) if _is_head(head) else k + 1
    text = _fix_plural(english(head, article=i not in run.bare, modifiers=run.modifiers(k, j)))
    if head.pos == "pron_dem" and following is not None and _definite(following):
        run.bare.add(run.items[k + 1])  # هذه الخطوة "this step", not "this the step"
    nxt = run.items[j] if j < len(run.items) else None
    nxt_a = run.analysis(j)
    of_unit = isinstance(nxt, Unit) and nxt.kind in ("place", "org", "name") and not nxt.prefix
    of_word = nxt_a is not None and nxt_a.pos == "noun" and _definite(nxt_a)
    if (head.pos == "noun" and j == k + 1 and not head.prefix_bw and "POSS" not in head.suffix_bw
            and (of_unit or of_word) and first_alternative(head.stem_gloss) not in _NO_OF
            and text.split(" ")[-1] != "of"):  # وشك "on the verge of" has its own
        if of_unit and nxt.kind != "org":  # type: ignore[union-attr]
            return _head_of_place(run, k, i, head)
        text = _head_of(head, text) + " of"
    run.out[i] = text
    run.absorb(k, j)
    return j


def _head_of_place(run: _Run, k: int, i: int, head: Analysis) -> int:
    """A noun before a place or name, and the adjectives after both, which agree with the noun:
    مطار عدن الدولي "the international airport of Aden", مدينة إدلب السورية "the Syrian city
    of Idlib"; without adjectives محافظ عدن "governor of Aden"."""
    end = run.adjectives(k + 1, True)
    modifiers = run.modifiers(k + 1, end)
    text = _head_of(head, english(head, modifiers=modifiers)) + " of"
    run.out[i] = f"the {text}" if modifiers else text
    _render_unit(run, k + 1, run.items[k + 1])  # type: ignore[arg-type]
    run.absorb(k + 1, end)
    return end


def _head_of(head: Analysis, text: str) -> str:
    """رئيس before a definite noun is its head: رئيس اللجنة "head of the committee" (the
    presidents have their set phrases: رئيس الوزراء, رئيس الجمهورية)."""
    if match_key(head.lemma.translate(_VOWELS)) == _RAIS and text.endswith("president"):
        return text[: -len("president")] + "head"
    return text


def _said_once(run: _Run) -> list[str | None]:
    """A preposition the next word's English already starts with is not said twice:
    على وشك -> "on the verge of", not "on on the verge of"."""
    out = run.out
    for i in range(len(out) - 1):
        here, there, a = out[i], out[i + 1], run.best[i]
        if here and there and a is not None and a.pos.startswith("prep"):
            words = here.split(" ")
            if words[-1].lower() == there.split(" ")[0].lower():
                out[i] = " ".join(words[:-1])
    return out
