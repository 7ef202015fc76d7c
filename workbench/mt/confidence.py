"""How sure a CTranslate2 model is of a draft: token log-probabilities, per sentence.

The score of a sentence is the model's own token log-probabilities of the draft given the source
(`Translator.score_batch`, teacher-forced, the end-of-sentence token included): their mean and
their minimum. Sequence log-probability is the cheapest signal that works for spotting bad and
hallucinated output (Fomicheva et al., TACL 2020; Guerreiro et al., EACL 2023); the summed
score Argos reports is not comparable between sentences of different lengths, the mean is.

Numbers differ from model to model, so nothing here has a fixed threshold: `Calibration` holds
the distribution of one model's sentence means over the drafts it made, and a draft is marked
"check this" when its weakest sentence falls in that model's lowest tenth.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass
from typing import Iterable, Sequence

LOWEST_SHARE = 0.10  # the share of a model's sentences marked "check this"
MIN_SAMPLE = 30  # fewer sentences than this from one model: no calibration, no marks


def summarize(log_probs: Sequence[float]) -> tuple[float, float]:
    """(mean, min) of a sentence's token log-probabilities; (0, 0) for none."""
    values = [v for v in log_probs if not math.isnan(v)]
    if not values:
        return 0.0, 0.0
    return sum(values) / len(values), min(values)


def merge(parts: Iterable[Sequence[float]]) -> tuple[float, float]:
    """One sentence translated in chunks: the score of all its tokens together."""
    return summarize([v for part in parts for v in part])


def score_batch(translator, sources: list[list[str]], targets: list[list[str]],
                max_batch_size: int = 16) -> list[list[float]]:
    """Token log-probabilities of each target given its source (ctranslate2.Translator)."""
    if not sources:
        return []
    results = translator.score_batch(sources, targets, max_batch_size=max_batch_size)
    return [list(result.log_probs) for result in results]


def weakest(scores: Sequence[tuple[float, float]]) -> tuple[int, float] | None:
    """(sentence index, mean) of the draft's least sure sentence; None without scores."""
    if not scores:
        return None
    index = min(range(len(scores)), key=lambda i: scores[i][0])
    return index, scores[index][0]


@dataclass(frozen=True)
class Calibration:
    """One model's sentence means, sorted: where a new score falls among them."""

    model: str
    means: tuple[float, ...]

    @classmethod
    def of(cls, model: str, scores: Iterable[Sequence[tuple[float, float]]]) -> "Calibration":
        return cls(model, tuple(sorted(mean for draft in scores for mean, _min in draft)))

    @property
    def ready(self) -> bool:
        return len(self.means) >= MIN_SAMPLE

    @property
    def threshold(self) -> float | None:
        """The mean below which a sentence is in the model's lowest tenth."""
        if not self.ready:
            return None
        return self.means[max(0, math.ceil(len(self.means) * LOWEST_SHARE) - 1)]

    def percentile(self, mean: float) -> float:
        """Share (0-100) of the model's sentences scoring at or below `mean`."""
        if not self.means:
            return 100.0
        return 100.0 * bisect.bisect_right(self.means, mean) / len(self.means)

    def flagged(self, scores: Sequence[tuple[float, float]]) -> tuple[int, float] | None:
        """(sentence, percentile) when the draft's weakest sentence is in the lowest tenth."""
        worst = weakest(scores)
        limit = self.threshold
        if worst is None or limit is None or worst[1] > limit:
            return None
        return worst[0], self.percentile(worst[1])
