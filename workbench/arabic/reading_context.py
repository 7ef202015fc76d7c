"""Choosing a word's reading from its neighbours: one rule set for the gloss draft and the word
panel, so a click and the draft agree (عدن in مطار عدن is Aden in both).

ranking.rank orders a word's readings alone; news text needs its neighbours too:
- a proper-noun reading after a place word (مطار, مدينة, محافظة...) or a preposition (في, إلى,
  من...): مطار عدن "Aden airport", not "they returned";
- the names rules of ranking.in_context (after بن, عبد, الملك..., before بن);
- an imperfect verb after a negation (لا, لم, لن): لا تعني "does not mean", not "no effort";
- the news sense of frequent words (NEWS_SENSE): حصار "siege", not "mat weaver";
- after a noun, the adjective reading that agrees with it (المدينة المحاصرة "the besieged city").
Pure functions over Analysis lists; any thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from workbench.arabic.morphology.analysis import Analysis
from workbench.arabic.morphology.ranking import in_context
from workbench.arabic.normalize import match_key
from workbench.arabic.translit import dediacritize

# Words after which a name is a place (match keys: no hamza, ة as ه).
PLACE_WORDS = frozenset(match_key(w) for w in """
مطار مدينة محافظة محافظ ميناء معبر بلدة قرية منطقة إقليم ولاية عاصمة مخيم حي سجن جامعة
شمال جنوب شرق غرب وسط ضواحي ريف قرب مدينتي مدن
""".split())
# Prepositions after which a word that can be a place reads as one.
PLACE_PREPOSITIONS = frozenset(match_key(w) for w in "في إلى من قرب نحو حول عن داخل بين".split())
NEGATIONS = {"لا": "not", "لم": "did", "لن": "will"}  # match keys of the particles

# The sense news prose means by frequent words whose first reading or gloss is another (our own
# list): lemma (undiacritized) and part of speech -> the English. A reading of that lemma and
# part of speech holding the English among its alternatives is chosen, with it first; if none
# holds it, the first reading of that lemma and part of speech says it (مسلح "militant").
# "noun>adj": a noun reading of the lemma is the adjective (الموارد الكافية "sufficient resources").
_SENSES = """
حصار noun siege   قلق noun concern   نازح noun displaced_person   كلمة noun speech
قصر noun palace   صرح verb declare   دولة noun country   لجنة noun committee
مسلح noun militant   منطقة noun region   شمالي adj northern   جنوبي adj southern
شرقي adj eastern   غربي adj western   عسكري adj military   سياسي adj political
قوة noun force   عربي adj Arab   منظمة noun organization   مقتل noun killing   مصدر noun source
جريح noun wounded   قتيل noun dead   محاصر adj besieged   كاف adj sufficient
إضافي adj additional   كبير adj great   جديد adj new   مهم adj important   رئيسي adj main
مصير noun fate   مورد noun resource   كافي noun>adj sufficient   مفقود noun missing_person
"""
NEWS_SENSE: dict[tuple[str, str], str] = {
    (match_key(lemma), pos): english.replace("_", " ")
    for lemma, pos, english in zip(*[iter(_SENSES.split())] * 3)
}


def _is_verb_imperfect(a: Analysis) -> bool:
    return a.pos == "verb" and "IV" in a.prefix_bw


def _lemma_key(a: Analysis) -> str:
    return match_key(dediacritize(a.lemma))


def news_sense(options: Sequence[Analysis]) -> Analysis | None:
    """The reading NEWS_SENSE asks for among `options`, its English first; None if none."""
    for a in options:
        english = NEWS_SENSE.get((_lemma_key(a), a.pos))
        if english is None and (english := NEWS_SENSE.get((_lemma_key(a), a.pos + ">adj"))):
            # BAMA files some adjectives as nouns (الكافية): read as the adjective news means
            return replace(a, pos="adj", stem_gloss=";".join([english, a.stem_gloss]))
        if english is None:
            continue
        same = [b for b in options if _lemma_key(b) == _lemma_key(a) and b.pos == a.pos]
        for b in same:
            found = next((alt for alt in _alternatives(b) if _same_word(alt, english)), None)
            if found is not None:  # its own spelling: "regions" for a broken plural
                rest = [alt for alt in b.stem_gloss.split(";") if alt.strip().lower() != found]
                return replace(b, stem_gloss=";".join([found, *rest]))
        if all(alt.endswith("s") for alt in _alternatives(same[0])):  # a broken plural: مناطق
            from workbench.arabic.morphology.inflect import plural

            english = plural(english)
        return replace(same[0], stem_gloss=";".join([english, same[0].stem_gloss]))
    return None


def _same_word(alternative: str, english: str) -> bool:
    """"regions" or "countries" for "region" or "country": the gloss of a broken plural."""
    plurals = {english, english + "s", english + "es", english[:-1] + "ies"}
    return alternative in plurals


def _alternatives(a: Analysis) -> list[str]:
    return [alt.strip().lower() for alt in a.stem_gloss.split(";")]


def _agrees(a: Analysis, definite: bool) -> bool:
    return (a.pos == "adj" and a.prefix_bw == ("Al/DET" if definite else "")
            and "POSS" not in a.suffix_bw)


def _adjective_after(head: Analysis | None, options: Sequence[Analysis]) -> Analysis | None:
    """After a noun, a word with an adjective reading that agrees with it in the article is that
    adjective (المدينة المحاصرة "the besieged city", not "the city the blockade")."""
    if head is None or head.pos not in ("noun", "noun_prop") or "POSS" in head.suffix_bw:
        return None
    return agreeing_adjective(options, head.prefix_bw.endswith("Al/DET"))


def agreeing_adjective(options: Sequence[Analysis], definite: bool) -> Analysis | None:
    """The adjective reading of a word that follows a noun (definite or not), when its first
    reading is not already an adjective (السورية after إدلب: "Syrian", not "Syria")."""
    best = options[0] if options else None
    if best is None or best.pos == "adj" or (best.pos != "noun_prop" and best.lemma.endswith("\u064a\u0651")):
        return None
    return next((a for a in options if _agrees(a, definite)), None)


def choose(readings: Sequence[Sequence[Analysis]],
           words: Sequence[str] | None = None) -> list[Analysis | None]:
    """The best reading of each word of a run of words, given its neighbours (see the module
    docstring); `words` are the words as written (default: each first reading's word)."""
    best = in_context(readings)
    keys = [match_key(w) for w in words] if words is not None else [
        match_key(r[0].word) if r else "" for r in readings]
    for i, options in enumerate(readings):
        if not options:
            continue
        before = keys[i - 1] if i else ""
        chosen = pick(options, before) or _adjective_after(best[i - 1] if i else None, options)
        if chosen is not None:
            best[i] = news_sense([chosen]) or chosen
    return best


def pick(options: Sequence[Analysis], before: str) -> Analysis | None:
    """The reading the word before (a match key) calls for, or None when it calls for none."""
    if before in NEGATIONS:
        verb = next((a for a in options if _is_verb_imperfect(a)), None)
        if verb is not None:
            return verb
    if before in PLACE_WORDS or before in PLACE_PREPOSITIONS:
        name = next((a for a in options if a.pos == "noun_prop"), None)
        if name is not None and options[0].pos == "verb":
            return name  # a verb reading after في/مطار: the place (عدن, تعز)
        if name is not None and before in PLACE_WORDS:
            return name
    return news_sense(options)


def rank_in_context(options: Sequence[Analysis], before: str) -> list[Analysis]:
    """`options` (ranked alone) with the reading the word before calls for moved first: what the
    word panel shows for a word clicked in its paragraph."""
    chosen = pick(options, match_key(before)) if options else None
    if chosen is None or chosen is options[0]:
        return list(options)
    same = (chosen.diac, chosen.lemma_id, chosen.lemma, chosen.pos, chosen.suffix_bw, chosen.prefix_bw)
    return [chosen, *(a for a in options
                      if (a.diac, a.lemma_id, a.lemma, a.pos, a.suffix_bw, a.prefix_bw) != same)]


def word_before(context: str, word: str, start: int | None = None) -> str:
    """The word before `word` in `context` (at `start`, else its first occurrence), without
    punctuation; "" at the start or when the word is not found."""
    at = context.find(word) if start is None else start
    if at < 0:
        return ""
    words = context[:at].split()
    return words[-1].strip(".,;:!?\"'()[]«»،؛؟") if words else ""
