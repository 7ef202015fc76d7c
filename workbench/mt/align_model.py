"""Word links from the model: CTranslate2's attention, force-decoding the English we are given.

For each group of paired sentences (align_sentences) the source is tokenized exactly as the
engine tokenizes it for translation, the English with the target SentencePiece model, and
`translate_batch(..., target_prefix=<the English pieces>, return_attention=True)` makes the
model read that English instead of its own; so any English gets links: the machine draft, a
glossary rewrite or the translator's edit. Attention of each target piece over the source pieces
is summed per source word and averaged per target word (SentencePiece's '▁' starts a word, so
pieces map back to the whitespace-separated words); links below 0.1 are dropped, as
translateLocally does.

Argos models were trained without guided alignment: expect noise. OPUS-MT (Marian) models
converted with their alignment layer give usable links. Uses the engine's translator and
tokenizers, so it runs on the thread that owns the engine (the MT lane).
"""

from __future__ import annotations

from collections.abc import Sequence

from workbench.mt.align_links import MODEL_THRESHOLD, Link
from workbench.mt.align_sentences import (
    pair_sentences, sentence_groups, sentence_word_spans, split_arabic, split_english,
)  # fmt: skip

WORD_START = "▁"
_SPECIAL = frozenset({"</s>", "<s>", "<pad>", "<unk>"})


def supports_attention(engine) -> bool:
    """True for the CTranslate2 engines (Argos, Marian); the gloss engine has no model."""
    from workbench.mt.ct2_engine import CT2Engine

    return isinstance(engine, CT2Engine)


def model_links(engine, source: str, target: str, threshold: float = MODEL_THRESHOLD) -> list[Link]:
    """Attention links between the words of `source` and `target` (indices over `.split()`),
    weight >= threshold, sorted by target then source. [] for an engine without a model."""
    if not supports_attention(engine) or not source.split() or not target.split():
        return []
    engine._ensure_loaded()
    ar, en = split_arabic(source), split_english(target)
    ar_spans, en_spans = sentence_word_spans(source, ar), sentence_word_spans(target, en)
    jobs = []
    for ss, ts in sentence_groups(pair_sentences(ar, en)):
        src_pieces = engine._encode(" ".join(ar[s] for s in ss))[: engine.max_input_tokens]
        tgt_pieces = _target_encode(engine, " ".join(en[t] for t in ts))
        (a0, _), (_, a1) = ar_spans[ss[0]], ar_spans[ss[-1]]
        (e0, _), (_, e1) = en_spans[ts[0]], en_spans[ts[-1]]
        jobs.append((src_pieces, tgt_pieces, a0, e0, a1 - a0, e1 - e0))
    if not jobs:
        return []
    prefix = engine._target_prefix()
    lead = [prefix] if prefix else []
    results = engine._translator.translate_batch(
        [engine._source_tokens(job[0]) for job in jobs],
        target_prefix=[lead + job[1] for job in jobs],
        return_attention=True,
        beam_size=1,
        max_decoding_length=max(len(lead) + len(job[1]) for job in jobs) + 1,
        max_batch_size=engine.max_batch_size,
    )
    links = []
    for (src, tgt, src_at, tgt_at, src_words, tgt_words), result in zip(jobs, results, strict=True):
        attention = result.attention[0][len(lead) : len(lead) + len(tgt)]
        matrix = word_attention(attention, src, tgt, src_words, tgt_words)
        for (i, j), weight in matrix.items():
            if weight >= threshold:
                links.append(Link(src_at + i, tgt_at + j, min(1.0, weight), "model"))
    return sorted(links, key=lambda link: (link.target, link.source))


def word_attention(attention: Sequence[Sequence[float]], source_pieces: Sequence[str],
                   target_pieces: Sequence[str], source_words: int,
                   target_words: int) -> dict[tuple[int, int], float]:
    """Piece-level attention (one row per target piece, one column per source token) as
    {(source word, target word): weight}: summed over a source word's pieces, averaged over a
    target word's pieces. Columns past the source pieces (Marian's </s>) are ignored."""
    src_word = piece_words(source_pieces, source_words)
    tgt_word = piece_words(target_pieces, target_words)
    sums: dict[tuple[int, int], float] = {}
    rows_per_word: dict[int, int] = {}
    for row, j in zip(attention, tgt_word, strict=False):
        if j is None:
            continue
        rows_per_word[j] = rows_per_word.get(j, 0) + 1
        for weight, i in zip(row, src_word, strict=False):
            if i is not None:
                sums[(i, j)] = sums.get((i, j), 0.0) + float(weight)
    return {(i, j): total / rows_per_word[j] for (i, j), total in sums.items()}


def piece_words(pieces: Sequence[str], words: int) -> list[int | None]:
    """The word index of each piece: a piece starting with '▁' starts the next word; special
    tokens belong to none. Indices are clamped to `words - 1` should SentencePiece's
    normalization see more words than whitespace does."""
    out: list[int | None] = []
    current = -1
    for piece in pieces:
        if piece in _SPECIAL:
            out.append(None)
            continue
        if piece.startswith(WORD_START) or current < 0:
            current += 1
        out.append(max(0, min(current, words - 1)))
    return out


def _target_encode(engine, text: str) -> list[str]:
    """English pieces as the model writes them: Marian's target.spm, Argos's shared model."""
    sp = getattr(engine, "_target_sp", None) or getattr(engine, "_sp", None)
    if sp is None:
        raise TypeError(f"{type(engine).__name__} has no target tokenizer")
    return sp.encode(text, out_type=str)[: engine.max_decoding_length - 2]
