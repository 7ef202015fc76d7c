"""Which English sentence came from which Arabic sentence, and where each sentence's words are.

Both sides are split with the engine's own splitter (sentences.py): it already skips initials
(U.S., J.), the usual English abbreviations (Dr., Mr., No., Jan.), numbers (3.5) and a full stop
followed by a lower-case word, so a machine draft splits exactly where the engine split its
source. When the counts agree the pairs are 1:1 (the engine translated sentence by sentence);
otherwise (a translator merged or split sentences) a Gale-Church length alignment picks 1:1,
1:2, 2:1, 1:0 and 0:1 beads, with the length ratio of the paragraph itself (Arabic is shorter
than its English by a varying amount).

Pure Python, no models; any thread.
"""

from __future__ import annotations

import math

from workbench.mt.sentences import split_sentences

# Gale & Church (1993): prior probabilities of each bead and the variance of the length model.
_PRIORS = {(1, 1): 0.89, (1, 0): 0.0099, (0, 1): 0.0099, (2, 1): 0.089, (1, 2): 0.089}
_VARIANCE = 6.8


def split_arabic(text: str) -> list[str]:
    """The sentences of an Arabic paragraph, as the engine splits them."""
    return list(split_sentences(text).sentences)


def split_english(text: str) -> list[str]:
    """The sentences of an English paragraph (abbreviations, initials and numbers kept whole)."""
    return list(split_sentences(text).sentences)


def sentence_pairs(source: str, target: str) -> list[tuple[int, int]]:
    """(source sentence, target sentence) index pairs, 0-based, in order. A sentence with no
    partner (a 1:0 or 0:1 bead) appears in no pair; a 2:1 bead gives two pairs."""
    return pair_sentences(split_arabic(source), split_english(target))


def pair_sentences(source: list[str], target: list[str]) -> list[tuple[int, int]]:
    """Pairs for already split sentences: 1:1 when the counts agree, else Gale-Church."""
    if not source or not target:
        return []
    if len(source) == len(target):
        return [(i, i) for i in range(len(source))]
    pairs: list[tuple[int, int]] = []
    for (s0, s1), (t0, t1) in _beads([len(s) for s in source], [len(t) for t in target]):
        pairs.extend((s, t) for s in range(s0, s1) for t in range(t0, t1))
    return pairs


def sentence_groups(pairs: list[tuple[int, int]]) -> list[tuple[list[int], list[int]]]:
    """Pairs joined into groups that share a sentence: [(0, 0), (1, 1), (1, 2)] ->
    [([0], [0]), ([1], [1, 2])]; each group's sentences in order."""
    groups: list[tuple[set[int], set[int]]] = []
    for s, t in pairs:  # pairs are ordered, so a group is a run of pairs sharing a sentence
        if groups and (s in groups[-1][0] or t in groups[-1][1]):
            groups[-1][0].add(s)
            groups[-1][1].add(t)
        else:
            groups.append(({s}, {t}))
    return [(sorted(ss), sorted(ts)) for ss, ts in groups]


def _beads(source: list[int], target: list[int]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Minimum-cost path of beads; each bead as ((source start, end), (target start, end))."""
    ratio = sum(target) / max(1, sum(source))
    n, m = len(source), len(target)
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if cost[i][j] == inf:
                continue
            for (di, dj), prior in _PRIORS.items():
                if i + di > n or j + dj > m:
                    continue
                here = cost[i][j] + _bead_cost(
                    sum(source[i : i + di]), sum(target[j : j + dj]), ratio, prior
                )
                if here < cost[i + di][j + dj]:
                    cost[i + di][j + dj] = here
                    back[i + di][j + dj] = (di, dj)
    beads = []
    i, j = n, m
    while i or j:
        step = back[i][j]
        assert step is not None
        di, dj = step
        beads.append(((i - di, i), (j - dj, j)))
        i, j = i - di, j - dj
    return beads[::-1]


def _bead_cost(source_len: int, target_len: int, ratio: float, prior: float) -> float:
    mean = (source_len + target_len / ratio) / 2
    delta = (target_len - source_len * ratio) / math.sqrt(max(mean, 1.0) * _VARIANCE)
    # two-sided tail of the standard normal: how unlikely a length difference this large is
    tail = math.erfc(abs(delta) / math.sqrt(2))
    return -math.log(prior) - math.log(max(tail, 1e-300))


def sentence_word_spans(text: str, sentences: list[str]) -> list[tuple[int, int]]:
    """For each sentence of `text`, the [start, end) range of its whitespace-separated words
    (the word indices the alignment uses). Sentences are cut at whitespace, so their words are
    whole words of the text."""
    spans = []
    position, word = 0, 0
    for sentence in sentences:
        at = text.find(sentence, position)
        if at < 0:  # cannot happen for split_sentences output; keep the count going anyway
            at = position
        word += len(text[position:at].split())
        count = len(sentence.split())
        spans.append((word, word + count))
        word += count
        position = at + len(sentence)
    return spans
