"""The Argos engine: an installed Argos package's CTranslate2 and SentencePiece models, batched.

Per sentence it does exactly what argostranslate's `apply_packaged_translation` does (same
SentencePiece pieces, same `translate_batch` options: beam 4, length_penalty 0.2,
replace_unknowns, the package's target prefix; same decoding of the pieces), so a sentence
translates to the same text. What differs is around it: our own sentence splitter (no stanza,
no download), many paragraphs per `translate_batch` call with sentences sorted by length,
drafts streamed paragraph by paragraph, and artefacts cleaned (cleanup.py).

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
from workbench.mt.sentences import SentenceSplit, split_sentences

# argostranslate's own decoding options (translate.py, apply_packaged_translation).
ARGOS_LENGTH_PENALTY = 0.2
ARGOS_BEAM_SIZE = 4


def default_threads() -> tuple[int, int]:
    """(inter_threads, intra_threads): two batches in parallel beat one batch on two threads
    for Transformer-base on CPU (bench/bench_translate.py), so use 2 workers when we can."""
    cores = os.cpu_count() or 1
    inter = 2 if cores >= 2 else 1
    return inter, max(1, cores // inter)


@dataclass(eq=False)
class _Paragraph:
    request: TranslationRequest
    split: SentenceSplit
    outputs: list[list[str]] = field(default_factory=list)  # [sentence][chunk] translations
    missing: int = 0  # chunks not translated yet
    order: int = 0  # position in its window


@dataclass(eq=False)
class _Job:
    para: _Paragraph
    sentence: int
    part: int
    pieces: list[str]


@dataclass(eq=False)
class _Slice:
    jobs: list[_Job]
    results: list = field(default_factory=list)  # ctranslate2 AsyncTranslationResult


class ArgosEngine:
    """Translates with one installed Argos package. Implements workbench.mt.engine.Engine.

    Owned by one thread (the MT lane): the CTranslate2 Translator and the SentencePiece
    processor are created lazily, once, by the first `translate` call and used only from the
    thread that calls `translate`. Not thread-safe. Never touches the network or the store.
    """

    name = "argos"
    draft_status = Status.MACHINE

    def __init__(
        self,
        package: InstalledModel,
        *,
        beam_size: int = ARGOS_BEAM_SIZE,
        compute_type: str = "auto",
        inter_threads: int | None = None,
        intra_threads: int | None = None,
        max_batch_size: int = 16,
        batch_type: str = "examples",
        window_sentences: int = 64,
        max_input_tokens: int = 200,
        max_decoding_length: int = 256,
    ):
        self.package = package
        self.model = package.model_id
        self.beam_size = beam_size
        inter, intra = default_threads()
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
        self._translator = None
        self._sp = None

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

    # -- per-sentence translation (argostranslate-equivalent, before cleanup) -------------

    def translate_sentences(self, sentences: Sequence[str]) -> list[str]:
        """Raw translation of each sentence, as argostranslate's pipeline would produce it
        (no splitting of over-long sentences, no cleanup)."""
        self._ensure_loaded()
        pieces = [self._sp.encode(s, out_type=str) for s in sentences]
        return [self._decode(tokens) for tokens in self._translate_pieces(pieces)]

    def close(self) -> None:
        """Drop the loaded models (they load again on the next call)."""
        self._translator = None
        self._sp = None

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

    def _window_slices(self, window: list[_Paragraph]) -> Iterator[_Slice]:
        self._ensure_loaded()
        jobs: list[_Job] = []
        for order, para in enumerate(window):
            para.order = order
            for index, sentence in enumerate(para.split.sentences):
                chunks = self._chunks(self._sp.encode(sentence, out_type=str))
                para.outputs.append([""] * len(chunks))
                jobs.extend(_Job(para, index, part, chunk) for part, chunk in enumerate(chunks))
                para.missing += len(chunks)
        jobs.sort(key=lambda job: len(job.pieces))  # little padding inside each batch
        step = 2 * self.window_sentences  # one giant paragraph still gets cancel points
        for start in range(0, len(jobs), step):
            yield _Slice(jobs[start : start + step])

    def _collect(self, piece: _Slice) -> Iterator[Draft]:
        finished: list[_Paragraph] = []
        for job, result in zip(piece.jobs, piece.results, strict=True):
            tokens = result.result().hypotheses[0]  # blocks until its batch is done
            job.para.outputs[job.sentence][job.part] = self._decode(tokens)
            job.para.missing -= 1
            if job.para.missing == 0:
                finished.append(job.para)
        for para in sorted(finished, key=lambda p: p.order):
            yield self._finish(para)

    def _submit(self, pieces: list[list[str]]) -> list:
        options = self._options(len(pieces))
        return self._translator.translate_batch(pieces, asynchronous=True, **options)

    def _translate_pieces(self, pieces: list[list[str]]) -> list[list[str]]:
        results = self._translator.translate_batch(pieces, **self._options(len(pieces)))
        return [result.hypotheses[0] for result in results]

    def _options(self, count: int) -> dict:
        """translate_batch options: argostranslate's, except the batch limits."""
        prefix = self.package.target_prefix
        return dict(
            target_prefix=[[prefix]] * count if prefix else None,
            max_batch_size=self.max_batch_size,
            batch_type=self.batch_type,
            beam_size=self.beam_size,
            num_hypotheses=1,
            length_penalty=ARGOS_LENGTH_PENALTY,
            replace_unknowns=True,
            max_decoding_length=self.max_decoding_length,
        )

    def _decode(self, tokens: list[str]) -> str:
        # Exactly argostranslate.tokenizer.SentencePieceTokenizer.decode and the prefix and
        # leading-space handling of apply_packaged_translation.
        value = self._sp.decode_pieces(tokens).replace("▁", " ").replace("_", " ")
        prefix = self.package.target_prefix
        if prefix and value.startswith(prefix):
            value = value[len(prefix) :]
        return value[1:] if value.startswith(" ") else value

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

    def _finish(self, para: _Paragraph) -> Draft:
        sentences = [clean_translation(" ".join(chunks)) for chunks in para.outputs]
        return self._draft(para.request.paragraph_id, para.split.join(sentences))

    def _draft(self, paragraph_id: int, text: str) -> Draft:
        return Draft(paragraph_id, text, self.name, self.model, self.draft_status)

    def _ensure_loaded(self) -> None:
        if self._translator is not None:
            return
        import ctranslate2
        import sentencepiece

        path = self.package.path
        try:
            self._sp = sentencepiece.SentencePieceProcessor(
                model_file=str(path / "sentencepiece.model")
            )
            self._translator = ctranslate2.Translator(str(path / "model"), **self._translator_args)
        except (RuntimeError, OSError, ValueError) as exc:
            self._sp = None
            raise InvalidModelPackage(path, f"the model cannot be loaded ({exc})") from None
