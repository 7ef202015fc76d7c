"""One morphological analysis of a word, made from a CAMeL Tools analysis dictionary."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from workbench.arabic.morphology.convert import decode_value

BAMA = "bama"
CALIMA = "calima"


@dataclass(frozen=True, slots=True)
class Analysis:
    """A reading of one word. Immutable: safe to hand from the analysis lane to the window.

    Arabic fields are in Arabic script with diacritics; `bw` is the Buckwalter POS segmentation.
    Affix fields are "" when the word has no such affix.
    """

    word: str  # the word as analyzed (as written in the text)
    diac: str  # the diacritized word, e.g. "المَوْصِل"
    lemma: str  # lemma with diacritics, e.g. "مَوْصِل"
    pos: str  # CAMeL-style part of speech: noun, noun_prop, verb, adj, prep, ...
    gloss: str  # affix and stem glosses joined by " + ", e.g. "the + Mosul (Iraq)"
    stem_gloss: str  # alternatives separated by ';', e.g. "escape;fleeing"
    prefix: str  # e.g. "ال"
    stem: str  # e.g. "مَوْصِل"
    suffix: str
    prefix_gloss: str  # e.g. "and + the"
    suffix_gloss: str  # e.g. "his/its"; for verbs BAMA writes "he/it <verb> it/him"
    bw: str  # e.g. "Al/DET+mawoSil/NOUN_PROP"
    prefix_bw: str  # the affixes' part of `bw`, e.g. "Al/DET"
    suffix_bw: str
    source: str  # BAMA or CALIMA: the database that produced it
    lemma_id: str = ""  # BAMA lemma id, e.g. "mawoSil_1" (sense number after '_')
    category: str = ""  # the stem's morphological category in the database, e.g. "PV_Pass"
    exact: bool = True  # False when it assumes another hamza/alef/ta-marbuta spelling (spvar)
    logprob: float | None = None  # calima's log10 P(pos, lemma); BAMA has no frequencies

    @property
    def segmentation(self) -> str:
        """The word cut into prefix+stem+suffix, e.g. "بِال+مَدِين+َة"."""
        return "+".join(part for part in (self.prefix, self.stem, self.suffix) if part)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["segmentation"] = self.segmentation
        return data


def _affix(value: object) -> str:
    text = "" if value in (None, "-") else str(value)
    return decode_value(text)


def _joined(*glosses: str) -> str:
    return " + ".join(g for g in glosses if g)


def _bw_around(bw: str, stem_bw: str) -> tuple[str, str]:
    before, found, after = bw.partition(stem_bw)
    return (before.strip("+"), after.strip("+")) if found and stem_bw else ("", "")


def from_bama(word: str, feats: dict) -> Analysis:
    """From an analysis of our converted BAMA database (see convert.py for its features)."""
    prefix_gloss, suffix_gloss = _affix(feats.get("pfxgloss")), _affix(feats.get("sfxgloss"))
    bw = feats.get("bw") or ""
    prefix_bw, suffix_bw = _bw_around(bw, feats.get("stembw") or "")
    stem_gloss = decode_value(feats.get("stemgloss") or "")
    return Analysis(
        word=word,
        diac=feats.get("diac") or word,
        lemma=feats.get("lex") or "",
        pos=feats.get("pos") or "",
        gloss=_joined(prefix_gloss, stem_gloss, suffix_gloss),
        stem_gloss=stem_gloss,
        prefix=_affix(feats.get("pfxdiac")),
        stem=feats.get("stem") or "",
        suffix=_affix(feats.get("sfxdiac")),
        prefix_gloss=prefix_gloss,
        suffix_gloss=suffix_gloss,
        bw=bw,
        prefix_bw=prefix_bw,
        suffix_bw=suffix_bw,
        source=BAMA,
        lemma_id=feats.get("lexid") or "",
        category=feats.get("stemcat") or "",
        exact=feats.get("source") != "spvar",
    )


def _split_around(whole: list[str], middle: str) -> tuple[str, str]:
    if middle in whole:
        i = whole.index(middle)
        return "+".join(whole[:i]), "+".join(whole[i + 1 :])
    return "", ""


def from_calima(word: str, feats: dict, ar2bw) -> Analysis:
    """From an analysis of CAMeL Tools' calima-msa-r13. Its features carry no per-affix glosses,
    so the affixes are recovered around the stem in the '+'-joined gloss and diac."""
    stem_gloss = decode_value(feats.get("stemgloss") or "")
    parts = [decode_value(p) for p in (feats.get("gloss") or "").split("+")]
    prefix_gloss, suffix_gloss = _split_around(parts, stem_gloss)
    diac, stem = feats.get("diac") or word, feats.get("stem") or ""
    at = diac.find(stem) if stem else -1
    prefix, suffix = (diac[:at], diac[at + len(stem) :]) if at >= 0 else ("", "")
    return Analysis(
        word=word,
        diac=diac,
        lemma=feats.get("lex") or "",
        pos=feats.get("pos") or "",
        gloss=_joined(prefix_gloss.replace("+", " + "), stem_gloss, suffix_gloss.replace("+", " + ")),
        stem_gloss=stem_gloss,
        prefix=prefix,
        stem=stem,
        suffix=suffix,
        prefix_gloss=prefix_gloss.replace("+", " + "),
        suffix_gloss=suffix_gloss.replace("+", " + "),
        bw=ar2bw(feats.get("bw") or ""),
        prefix_bw=_calima_clitics(feats, ("prc3", "prc2", "prc1", "prc0")),
        suffix_bw=_calima_clitics(feats, ("enc0",)),
        source=CALIMA,
        category=feats.get("stemcat") or "",
        exact=feats.get("source") != "spvar",
        logprob=_float(feats.get("pos_lex_logprob")),
    )


def _calima_clitics(feats: dict, names: tuple[str, ...]) -> str:
    """calima's clitic features ('wa_conj', 'Al_det', '3ms_poss') as a '+'-joined string."""
    values = (str(feats.get(n) or "") for n in names)
    return "+".join(v for v in values if v not in ("", "0", "na", "-"))


def _float(value: object) -> float | None:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
