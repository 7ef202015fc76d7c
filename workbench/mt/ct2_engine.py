"""The CTranslate2 engine both model kinds share: batching, splitting, streaming, alternatives.

Subclasses (ArgosEngine, MarianEngine) supply only the tokenizer hooks: how to load the
SentencePiece model(s), how a sentence becomes source pieces, how output pieces become text,
the target prefix and the length penalty. Everything else is here, once.

Batching choices, measured with bench/bench_translate.py (Transformer-base size, int8, 2
cores): two CTranslate2 workers of one thread each (inter_threads=2) beat one worker on two
threads; batches of 16 sentences ("examples") beat token-counted batches of 1024/2048 because
sentences are already sorted by length, so the two limits give the same batches minus the
bookkeeping, and 16 keeps beam-search buffers small. Slices of ~64 sentences are submitted one
ahead of the slice being collected, so the workers stay busy while Python decodes and yields.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from workbench.core.errors import InvalidModelPackage
from workbench.core.jobs import JobContext
from workbench.core.model import Draft, Status, TranslationRequest
from workbench.mt.argos_packages import InstalledModel
from workbench.mt.cleanup import clean_translation
from workbench.mt.kept_text import Kept, join_parts, split_kept
from workbench.mt.sentences import SentenceSplit, split_sentences

COMPUTE_TYPES = ("auto", "int8", "float32", "int8_float32", "int16", "default")


def default_threads(threads: int | None = None) -> tuple[int, int]:
    """(inter_threads, intra_threads) for `threads` CPU threads (default: all cores). Two
    batches in parallel beat one batch on two threads for Transformer-base on CPU
    (bench/bench_translate.py), so use 2 workers when we can."""
    cores = threads or os.cpu_count() or 1
    inter = 2 if cores >= 2 else 1
    return inter, max(1, cores // inter)


@dataclass(eq=False)
class _Paragraph:
    request: TranslationRequest
    split: SentenceSplit
    outputs: list[list[str]] = field(default_factory=list)  # [sentence][chunk] translations
    missing: int = 0  # chunks not translated yet
    order: int = 0  # position in its window
    jobs: list = field(default_factory=list)  # its _Jobs with their output tokens, for scoring


@dataclass(eq=False)
class _Job:
    para: _Paragraph
    sentence: int
    part: int
    pieces: list[str]
    output: list[str] = field(default_factory=list)  # the model's target tokens


@dataclass(eq=False)
class _Slice:
    jobs: list[_Job]
    results: list = field(default_factory=list)  # ctranslate2 AsyncTranslationResult


class CT2Engine:
    """Translates with one installed CTranslate2 model. Implements workbench.mt.engine.Engine.

    Owned by one thread (the MT lane): the Translator and the tokenizers are created lazily,
    once, by the first call that needs them and used only from the thread that calls
    `translate` / `alternatives`. Not thread-safe. Never touches the network or the store.

    Speed options: `beam_size` (1 = greedy "fast draft"), `compute_type` (int8, float32,
    auto...), `threads` (total CPU threads, split into workers by default_threads) or explicit
    `inter_threads` / `intra_threads`.
    """

    name = "ct2"
    draft_status = Status.MACHINE
    length_penalty = 1.0
    default_beam_size = 4

    def __init__(
        self,
        package: InstalledModel,
        *,
        beam_size: int | None = None,
        compute_type: str = "auto",
        threads: int | None = None,
        inter_threads: int | None = None,
        intra_threads: int | None = None,
        max_batch_size: int = 16,
        batch_type: str = "examples",
        window_sentences: int = 64,
        max_input_tokens: int = 200,
        max_decoding_length: int = 256,
        confidence: bool = True,
    ):
        if compute_type not in COMPUTE_TYPES:
            raise ValueError(f"compute type {compute_type!r} is not one of {', '.join(COMPUTE_TYPES)}")
        self.package = package
        self.model = package.model_id
        self.beam_size = max(1, int(beam_size or self.default_beam_size))
        inter, intra = default_threads(threads)
        self._translator_args = dict(
            device="cpu",
            compute_type=compute_type,
            inter_threads=inter_threads or inter,
            intra_threads=intra_threads or intra,
        )
        self.max_batch_size = max_batch_size
        self.batch_type = batch_type
        self.window_sentences = max(1, window_sentences)
        self.max_input_tokens = max(8, max_input_tokens)
        self.max_decoding_length = max_decoding_length
        self.confidence = confidence  # score each draft (mt/confidence.py): one more model pass
        self._translator = None

    # -- tokenizer hooks (subclasses) ------------------------------------------------------

    def _load_tokenizers(self) -> None:
        raise NotImplementedError

    def _drop_tokenizers(self) -> None:
        raise NotImplementedError

    def _encode(self, sentence: str) -> list[str]:
        """Source pieces of one sentence, before chunking."""
        raise NotImplementedError

    def _source_tokens(self, pieces: list[str]) -> list[str]:
        """What the model reads for one chunk (Marian appends </s>)."""
        return pieces

    def _target_prefix(self) -> str:
        return ""

    def _encode_target(self, sentence: str) -> list[str]:
        """Target pieces of one English sentence, as the decoder would have produced them."""
        raise NotImplementedError

    def _decode(self, tokens: list[str]) -> str:
        raise NotImplementedError

    # -- Engine protocol -------------------------------------------------------------------

    def translate(
        self, requests: Sequence[TranslationRequest], ctx: JobContext
    ) -> Iterator[Draft]:
        """Yield one Draft per request, each as soon as all its sentences are translated.

        Slices of about `window_sentences` sentences (whole paragraphs, sorted by length) are
        submitted asynchronously, one slice ahead of the one being collected, so CTranslate2's
        workers never wait for Python (or for the consumer of this generator) between slices.
        On cancel, at most one submitted slice finishes in the background and is discarded.
        """
        total, done = len(requests), 0
        ctx.progress(0, total)
        in_flight: deque[_Slice] = deque()
        for item in self._slices(requests):
            ctx.check()
            if isinstance(item, Draft):  # an empty paragraph: no model call
                done += 1
                yield item
                ctx.progress(done, total)
                continue
            item.results = self._submit([job.pieces for job in item.jobs])
            in_flight.append(item)
            while len(in_flight) > 1:
                for draft in self._collect(in_flight.popleft()):
                    done += 1
                    yield draft
                    ctx.progress(done, total)
        while in_flight:
            for draft in self._collect(in_flight.popleft()):
                done += 1
                yield draft
                ctx.progress(done, total)

    def alternatives(self, text: str, n: int = 4) -> list[str]:
        """Up to n distinct cleaned renderings of a short text (a glossary term), best first.

        The text is read as one sentence (terms are short); an empty text has none.
        """
        if not text.strip() or n < 1:
            return []
        self._ensure_loaded()
        tokens = self._source_tokens(self._encode(text.strip())[: self.max_input_tokens])
        options = self._options(1)
        options.update(num_hypotheses=n, beam_size=max(self.beam_size, n))
        [result] = self._translator.translate_batch([tokens], **options)
        found: list[str] = []
        for hypothesis in result.hypotheses:
            rendering = clean_translation(self._decode(hypothesis))
            if rendering.strip() and rendering not in found:
                found.append(rendering)
        return found

    def translate_sentences(self, sentences: Sequence[str]) -> list[str]:
        """Raw translation of each sentence (no splitting of over-long sentences, no cleanup)."""
        self._ensure_loaded()
        pieces = [self._encode(s) for s in sentences]
        return [self._decode(tokens) for tokens in self._translate_pieces(pieces)]

    def close(self) -> None:
        """Drop the loaded models (they load again on the next call)."""
        self._translator = None
        self._drop_tokenizers()

    # -- internals -------------------------------------------------------------------------

    def _slices(self, requests: Sequence[TranslationRequest]) -> Iterator[Draft | _Slice]:
        """Empty paragraphs as ready Drafts; the rest as slices of length-sorted jobs."""
        window: list[_Paragraph] = []
        sentences = 0
        for request in requests:
            split = split_sentences(request.source)
            if not split.sentences:
                yield self._draft(request.paragraph_id, "")
                continue
            window.append(_Paragraph(request, split))
            sentences += len(split.sentences)
            if sentences >= self.window_sentences:
                yield from self._window_slices(window)
                window, sentences = [], 0
        if window:
            yield from self._window_slices(window)

    def _window_slices(self, window: list[_Paragraph]) -> Iterator[Draft | _Slice]:
        self._ensure_loaded()
        jobs: list[_Job] = []
        for order, para in enumerate(window):
            para.order = order
            for index, sentence in enumerate(para.split.sentences):
                outputs: list[str] = []  # a sentence's translated chunks and kept parts, in order
                for text in split_kept(sentence):  # links and addresses never reach the model
                    if isinstance(text, Kept):
                        outputs.append(text)
                        continue
                    for chunk in self._chunks(self._encode(text)):
                        job = _Job(para, index, len(outputs), chunk)
                        outputs.append("")
                        para.jobs.append(job)
                        jobs.append(job)
                        para.missing += 1
                para.outputs.append(outputs)
        for para in window:
            if para.missing == 0:  # nothing but addresses: no model call
                yield self._finish(para)
        jobs.sort(key=lambda job: len(job.pieces))  # little padding inside each batch
        step = 2 * self.window_sentences  # one giant paragraph still gets cancel points
        for start in range(0, len(jobs), step):
            yield _Slice(jobs[start : start + step])

    def _collect(self, piece: _Slice) -> Iterator[Draft]:
        finished: list[_Paragraph] = []
        for job, result in zip(piece.jobs, piece.results, strict=True):
            tokens = result.result().hypotheses[0]  # blocks until its batch is done
            job.output = tokens
            job.para.outputs[job.sentence][job.part] = self._decode(tokens)
            job.para.missing -= 1
            if job.para.missing == 0:
                finished.append(job.para)
        scores = self._scores(finished)
        for para in sorted(finished, key=lambda p: p.order):
            yield self._finish(para, scores.get(id(para), ()))

    def _submit(self, pieces: list[list[str]]) -> list:
        tokens = [self._source_tokens(p) for p in pieces]
        return self._translator.translate_batch(tokens, asynchronous=True, **self._options(len(tokens)))

    def _translate_pieces(self, pieces: list[list[str]]) -> list[list[str]]:
        tokens = [self._source_tokens(p) for p in pieces]
        results = self._translator.translate_batch(tokens, **self._options(len(tokens)))
        return [result.hypotheses[0] for result in results]

    def _options(self, count: int) -> dict:
        prefix = self._target_prefix()
        return dict(
            target_prefix=[[prefix]] * count if prefix else None,
            max_batch_size=self.max_batch_size,
            batch_type=self.batch_type,
            beam_size=self.beam_size,
            num_hypotheses=1,
            length_penalty=self.length_penalty,
            replace_unknowns=True,
            max_decoding_length=self.max_decoding_length,
        )

    def _chunks(self, pieces: list[str]) -> list[list[str]]:
        """Split a sentence longer than the model's input limit at word starts (▁), so a very
        long sentence is translated in parts rather than cut off."""
        limit = self.max_input_tokens
        chunks = []
        while len(pieces) > limit:
            starts = [i for i in range(limit // 2, limit) if pieces[i].startswith("▁")]
            cut = starts[-1] if starts else limit
            chunks.append(pieces[:cut])
            pieces = pieces[cut:]
        chunks.append(pieces)
        return chunks

    def _finish(self, para: _Paragraph, scores: tuple = ()) -> Draft:
        sentences = [_sentence(parts) for parts in para.outputs]
        return self._draft(para.request.paragraph_id, para.split.join(sentences), scores)

    def _scores(self, paragraphs: list[_Paragraph]) -> dict[int, tuple]:
        """id(paragraph) -> (mean, min) log-probability per sentence of its draft: every chunk
        of the finished paragraphs scored in one model call, shortest first (little padding);
        {} when scoring is off or the model cannot score."""
        jobs = sorted((j for p in paragraphs for j in p.jobs), key=lambda j: len(j.output))
        if not self.confidence or not jobs:
            return {}
        from workbench.mt.confidence import merge, score_batch

        try:
            found = score_batch(self._translator, [self._source_tokens(j.pieces) for j in jobs],
                                [j.output for j in jobs], self.max_batch_size)
        except (RuntimeError, ValueError):  # a model without a decoder to score with
            return {}
        parts: dict[int, dict[int, list]] = {}
        for job, log_probs in zip(jobs, found, strict=True):
            parts.setdefault(id(job.para), {}).setdefault(job.sentence, []).append((job.part, log_probs))
        return {key: tuple(merge([lp for _part, lp in sorted(by[i])]) for i in sorted(by))
                for key, by in parts.items()}

    def score(self, pairs: Sequence[tuple[str, str]]) -> list[tuple[float, float]]:
        """(mean, min) token log-probability of each English sentence given its Arabic one: how
        sure the model is of any text, a person's as well as its own."""
        self._ensure_loaded()
        return self.score_pieces([(a, self._encode_target(e)) for a, e in pairs])

    def score_pieces(self, pairs: Sequence[tuple[str, list[str]]]) -> list[tuple[float, float]]:
        """`score` for target pieces as the decoder makes them (a draft's own tokens, or a
        test's deliberately broken ones)."""
        from workbench.mt.confidence import score_batch, summarize

        self._ensure_loaded()
        sources = [self._source_tokens(self._encode(a)[: self.max_input_tokens]) for a, _t in pairs]
        targets = [list(t)[: self.max_decoding_length] for _a, t in pairs]
        return [summarize(lp) for lp in score_batch(self._translator, sources, targets, self.max_batch_size)]

    def _draft(self, paragraph_id: int, text: str, confidence: tuple = ()) -> Draft:
        return Draft(paragraph_id, text, self.name, self.model, self.draft_status, confidence)

    def _ensure_loaded(self) -> None:
        if self._translator is not None:
            return
        import ctranslate2

        path = self.package.path
        try:
            self._load_tokenizers()
            self._translator = ctranslate2.Translator(str(path / "model"), **self._translator_args)
        except (RuntimeError, OSError, ValueError) as exc:
            self._drop_tokenizers()
            raise InvalidModelPackage(path, f"the model cannot be loaded ({exc})") from None


def _sentence(parts: list[str]) -> str:
    """One sentence's translation: runs of translated chunks cleaned, kept parts as written."""
    out: list[str] = []
    run: list[str] = []
    for part in parts:
        if isinstance(part, Kept):
            if run:
                out.append(clean_translation(" ".join(run)))
                run = []
            out.append(part)
        else:
            run.append(part)
    if run:
        out.append(clean_translation(" ".join(run)))
    return join_parts(out)
