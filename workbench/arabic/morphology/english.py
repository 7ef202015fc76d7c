"""One analysis rendered as plain English words, for word-by-word gloss drafts.

Rules (the same for every word, so a reader can learn them):
- the first alternative of each gloss ("escape;fleeing" -> "escape", "with/by" -> "with"), with
  BAMA's notes removed ("Mosul (Iraq)" -> "Mosul", "[fem.sg.]" -> "");
- proclitics before the stem ("and", "the", "for", "with", "will"); a proper noun drops "the"
  (القاهرة -> "Cairo"); subjunctive li- + verb reads "to" (ليكتب -> "to write");
- possessive pronouns and "two" before the noun (كتابه -> "its book"), object pronouns after the
  verb (أخبره -> "notified him/it" -> "notified it");
- third person singular subjects are dropped (the subject usually follows as a noun: قالت
  الحكومة -> "said the government"); other persons are kept ("we will go");
- perfect verbs in the past tense (قرر -> "decided"), third person singular imperfect with -s
  (يستمر -> "continues"); plural and dual suffixes make the noun plural (الشركات stays
  "companies", المعلمون -> "the teachers").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.arabic.morphology.analysis import Analysis
from workbench.arabic.morphology.inflect import past_tense, plural, third_person
from workbench.arabic.morphology.wordlists import NUMBERS

_NOTES = re.compile(r"\[[^\]]*\]|\([^)]*\)")
_SLASHED = re.compile(r"([^\s/]+)(?:/[^\s/]+)+")  # a/b/c -> a
_FIXES = {"and/so to/for": "and/so + to/for"}  # one BAMA prefix gloss lacks its '+'
_SUBJECTS = frozenset({"I", "we", "you", "they"})
_DROPPED_SUBJECTS = {"he/it", "it/they/she", "she/it", "it/he"}
_PERFECT = re.compile(r"/(VERB_PERFECT|PV)(\+|$)")
_THIRD_SINGULAR_IMPERFECT = re.compile(r"(IV3MS|IV3FS)")


def first_alternative(gloss: str) -> str:
    """'escape;fleeing' -> 'escape'; 'it/them/her' -> 'it'; 'more/most generous' -> 'more
    generous'; 'like/such as' -> 'like'; 'Mosul (Iraq)' -> 'Mosul'."""
    cleaned = " ".join(_NOTES.sub(" ", gloss).split())
    first = cleaned.split(";")[0].replace("/such as", "")
    return _SLASHED.sub(r"\1", first).strip()


def _inner(gloss: str) -> str:
    """For a gloss that is all note: '(1st word in "twelve")' -> 'twelve'."""
    quoted = re.search(r'"([^"]+)"', gloss)
    if quoted:
        return quoted.group(1)
    # '(A.D.);M;13th;meter' -> 'AD': the first note only, and an abbreviation without its
    # points, which the draft would read as sentence ends
    first = gloss.split(";")[0].strip().strip("()[]").strip()
    return first.replace(".", "") if re.fullmatch(r"(?:[A-Za-z]\.)+", first) else first


def _pieces(gloss: str) -> list[str]:
    gloss = _FIXES.get(gloss, gloss)
    return [p.strip() for p in gloss.split("+") if p.strip()]


def english(analysis: Analysis, article: bool = True, modifiers: Sequence[str] = (),
            after_to: bool = False) -> str:
    """The analysis as English words, e.g. "and the government", "said", "Cairo".

    `article=False` renders an adjective agreeing with its noun: no "the", no dual "two";
    `modifiers` go right before the stem ("the" + "Iraqi" + "government"); `after_to` keeps a
    verb in its base form (أن يزوره -> "to visit it").
    """
    # stems of function words may gloss several morphemes: "with + that"
    stem = " ".join(filter(None, map(first_alternative, _pieces(analysis.stem_gloss))))
    stem = stem or _inner(analysis.stem_gloss)
    before: list[str] = []
    after: list[str] = []
    subjunctive = "SUBJUNC" in analysis.prefix_bw or after_to
    for piece in _pieces(analysis.prefix_gloss):
        if piece in _DROPPED_SUBJECTS:
            continue
        if piece.split(" ")[0] in _SUBJECTS and not piece.endswith("to)") and "will" in before:
            before.insert(before.index("will"), first_alternative(piece))  # "we will go"
            continue
        if subjunctive and (piece == "for" or piece.endswith("to") or piece.endswith("(to)")):
            if "to" not in before:
                before.append("to")
            continue
        word = first_alternative(piece)
        if word == "the" and (analysis.pos == "noun_prop" or not article):
            continue
        if word:
            before.append(word)
    suffix = analysis.suffix_gloss
    if "<verb>" in suffix:
        subject, _, obj = suffix.partition("<verb>")
        if subject.strip() and subject.strip() not in _DROPPED_SUBJECTS:
            before.append(first_alternative(subject))
        if first_alternative(obj):
            after.append(first_alternative(obj))
    elif analysis.pos in ("verb",) or analysis.pos.startswith(("prep", "part", "pron", "conj")):
        after.extend(w for w in [first_alternative(suffix)] if w)  # في+ه -> "in it"
    elif article or first_alternative(suffix) != "two":
        before.extend(w for w in [first_alternative(suffix)] if w)  # possessive, "two"
    stem = _inflect(analysis, stem, subjunctive, before)
    return " ".join(w for w in [*before, *modifiers, stem, *after] if w)


def _inflect(analysis: Analysis, stem: str, subjunctive: bool, before: list[str]) -> str:
    if analysis.pos == "verb":
        if _PERFECT.search(analysis.bw):
            return past_tense(stem)
        if (_THIRD_SINGULAR_IMPERFECT.search(analysis.prefix_bw) and not subjunctive
                and "will" not in before):
            return third_person(stem)
        return stem
    if (analysis.pos == "noun" and re.search(r"NSUFF_(MASC|FEM)_(PL|DU)", analysis.suffix_bw)
            and stem not in NUMBERS):
        return plural(stem)
    return stem
