"""English for a run of words: two phrase rules on top of the word-by-word rendering.

1. Noun + agreeing adjectives: both definite (الحكومة العراقية) or both bare (رسالة طويلة), the
   adjectives move before the noun in reverse order, as English puts them: "the Iraqi
   government", "long letter". An adjective is an `adj` reading or a nisba noun (lemma in -iyy,
   عراقي), with no clitic other than the article.
3. أنّ "that" directly before an imperfect verb reads "to", and the verb stays in its base form:
   يتوقع أن يزوره -> "expects to visit it".
2. Construct state (idafa): a bare common noun followed by a definite common noun takes "of":
   وزير النقل -> "minister of the transport", نهاية الشهر -> "end of the month"; not after
   quantifiers and time words (كل, بعض, يوم), which read naturally without it, nor after a
   noun whose English already ends in "of" (وشك "on the verge of").
A preposition whose English the next word's English starts with is said once: على وشك -> "on
the verge of".
"""

from __future__ import annotations

from collections.abc import Sequence

from workbench.arabic.morphology.analysis import Analysis
from workbench.arabic.morphology.english import english, first_alternative
from workbench.arabic.morphology.wordlists import NUMBERS

_NO_OF = frozenset({"every", "all", "some", "most", "each", "both", "any", "other", "same",
                    "day", "year", "month", "week", "morning", "evening", "night", "self"})
_NISBA = "\u064a\u0651"  # يّ


def _definite(a: Analysis) -> bool:
    return a.prefix_bw.endswith("Al/DET")


def _is_adjective(a: Analysis, definite: bool) -> bool:
    if not (a.pos == "adj" or (a.pos == "noun" and a.lemma.endswith(_NISBA))):
        return False
    if first_alternative(a.stem_gloss) in NUMBERS:  # ثلاثة أسابيع: a number, not an adjective
        return False
    return a.prefix_bw == ("Al/DET" if definite else "") and "POSS" not in a.suffix_bw


def _is_that(a: Analysis) -> bool:
    return a.lemma_id.startswith((">an~a_", ">an_")) and not a.suffix_bw


def _is_head(a: Analysis) -> bool:
    return a.pos in ("noun", "noun_prop") and "POSS" not in a.suffix_bw and not a.lemma.endswith(_NISBA)


def render(analyses: Sequence[Analysis | None]) -> list[str | None]:
    """English per word, aligned with `analyses` (None stays None: an unknown word). A word whose
    English moved into its noun's phrase gets ""."""
    out: list[str | None] = [None] * len(analyses)
    i = 0
    while i < len(analyses):
        head = analyses[i]
        if head is None:
            i += 1
            continue
        following = analyses[i + 1] if i + 1 < len(analyses) else None
        if _is_that(head) and following is not None and "IV" in following.prefix_bw:
            out[i] = " ".join(w for w in english(head).split(" ")[:-1] + ["to"])
            out[i + 1] = english(following, after_to=True)
            i += 2
            continue
        j = i + 1
        if _is_head(head):
            definite = _definite(head)
            while j < len(analyses) and analyses[j] is not None and _is_adjective(analyses[j], definite):
                j += 1
        adjectives = [english(a, article=False) for a in reversed(analyses[i + 1 : j])]  # type: ignore[arg-type]
        text = english(head, modifiers=adjectives)
        following = analyses[j] if j < len(analyses) else None
        if (following is not None and head.pos == "noun" and j == i + 1 and not head.prefix_bw
                and "POSS" not in head.suffix_bw and following.pos == "noun"
                and _definite(following) and first_alternative(head.stem_gloss) not in _NO_OF
                and text.split(" ")[-1] != "of"):  # وشك "on the verge of" has its own
            text += " of"
        out[i] = text
        for k in range(i + 1, j):
            out[k] = ""
        i = j
    return _said_once(analyses, out)


def _said_once(analyses: Sequence[Analysis | None], out: list[str | None]) -> list[str | None]:
    """A preposition the next word's English already starts with is not said twice:
    على وشك -> "on the verge of", not "on on the verge of"."""
    for i in range(len(out) - 1):
        here, there, a = out[i], out[i + 1], analyses[i]
        if here and there and a is not None and a.pos.startswith("prep"):
            words = here.split(" ")
            if words[-1].lower() == there.split(" ")[0].lower():
                out[i] = " ".join(words[:-1])
    return out
