"""Public quality figures for the models we know, to label them in lists and pick a default.

Only published numbers, each with its source; a model we have no figure for gets no label
(never a guess). The figures (see ../shared/design/field.md and issue 5):
- Argos translate-ar_en 1.0: FLORES devtest BLEU 29.5 / COMET-22 0.812, and OPUS-MT ar-en:
  BLEU 33.9 / COMET 0.844 - Mozilla's public evaluation of Arabic->English models.
- Helsinki-NLP opus-mt-tc-big-ar-en: FLORES-101 devtest BLEU 42.6 - its model card.
`rank` orders them for the default engine: tc-big > opus-mt > Argos > anything unknown.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Quality:
    label: str  # shown to users, includes the source
    rank: int  # higher is better


# (kind, name, version or None for any version) -> Quality
_KNOWN: dict[tuple[str, str, str | None], Quality] = {
    ("argos", "translate-ar_en", "1.0"): Quality(
        "FLORES devtest BLEU 29.5 / COMET-22 0.812 (Mozilla evaluation)", 1
    ),
    ("marian", "opus-mt-ar-en", None): Quality(
        "BLEU 33.9 / COMET 0.844 (Mozilla evaluation)", 2
    ),
    ("marian", "opus-mt-tc-big-ar-en", None): Quality(
        "FLORES-101 devtest BLEU 42.6 (model card)", 3
    ),
}


def quality(model) -> Quality | None:
    """The public figure for an InstalledModel (kind, name, version), or None."""
    return _KNOWN.get((model.kind, model.name, model.version)) or _KNOWN.get(
        (model.kind, model.name, None)
    )


def rank(model) -> int:
    found = quality(model)
    return found.rank if found else 0
