"""Which machine drafts to check first: each model calibrated on the drafts it made in this
project (mt/confidence.py), a draft marked when its weakest sentence is in its model's lowest
tenth. Qt-free; the Project's thread. The CLI's `show --flagged/--sort confidence` and the
window's row marks read the same `flags`."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from workbench.core.model import Paragraph, Status
from workbench.mt.confidence import Calibration, weakest


@dataclass(frozen=True, slots=True)
class ConfidenceFlag:
    """A machine draft to check: its least sure sentence and where it falls for its model."""

    paragraph_id: int
    sentence: int  # 0-based, in the paragraph's sentence split
    mean: float  # that sentence's mean token log-probability
    percentile: float  # share of the model's sentences scoring at or below it

    def reason(self) -> str:
        return (f"the model was unsure of sentence {self.sentence + 1}: mean log-probability "
                f"{self.mean:.2f}, lower than {100 - self.percentile:.0f}% of its sentences in this project")


def calibrations(project) -> dict[str, Calibration]:
    """One Calibration per model, over every scored draft the model made in the project."""
    by_model: dict[str, list] = defaultdict(list)
    for model, scores in project._store.machine_scores():
        by_model[model].append(scores)
    return {model: Calibration.of(model, drafts) for model, drafts in by_model.items()}


def scored(paragraph: Paragraph) -> bool:
    """A text the model's score still describes: an untouched machine draft."""
    return bool(paragraph.confidence) and paragraph.status is Status.MACHINE


def flags(project, paragraphs: list[Paragraph] | None = None) -> dict[int, ConfidenceFlag]:
    """Paragraph id -> flag, for machine drafts in their model's lowest tenth."""
    paragraphs = project.paragraphs() if paragraphs is None else paragraphs
    known = calibrations(project)
    found: dict[int, ConfidenceFlag] = {}
    for p in paragraphs:
        calibration = known.get(p.model)
        if not scored(p) or calibration is None:
            continue
        hit = calibration.flagged(p.confidence)
        if hit is not None:
            found[p.id] = ConfidenceFlag(p.id, hit[0], weakest(p.confidence)[1], hit[1])
    return found


def sort_key(paragraph: Paragraph) -> tuple[int, float]:
    """Least sure first; texts without a score (a person's, a gloss) after every scored one."""
    worst = weakest(paragraph.confidence) if scored(paragraph) else None
    return (0, worst[1]) if worst is not None else (1, 0.0)
