"""The Argos engine: an installed Argos package's CTranslate2 and SentencePiece models, batched.

Per sentence it does exactly what argostranslate's `apply_packaged_translation` does (same
SentencePiece pieces, same `translate_batch` options: beam 4, length_penalty 0.2,
replace_unknowns, the package's target prefix; same decoding of the pieces), so a sentence
translates to the same text. What differs is around it: our own sentence splitter (no stanza,
no download), many paragraphs per `translate_batch` call with sentences sorted by length,
drafts streamed paragraph by paragraph, and artefacts cleaned (cleanup.py).
"""

from __future__ import annotations

import os
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


@dataclass
class _Paragraph:
    request: TranslationRequest
    split: SentenceSplit
    outputs: list[list[str]] = field(default_factory=list)  # [sentence][chunk] translations
    missing: int = 0


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
        """Yield one Draft per request, each as soon as all its sentences are translated."""
        total, done = len(requests), 0
        ctx.progress(0, total)
        window: list[_Paragraph] = []
        for request in requests:
            split = split_sentences(request.source)
            if not split.sentences:
                ctx.check()
                done += 1
                yield self._draft(request.paragraph_id, "")
                ctx.progress(done, total)
                continue
            window.append(_Paragraph(request, split))
            if sum(len(p.split.sentences) for p in window) >= self.window_sentences:
                for draft in self._run_window(window, ctx):
                    done += 1
                    yield draft
                    ctx.progress(done, total)
                window = []
        for draft in self._run_window(window, ctx):
            done += 1
            yield draft
            ctx.progress(done, total)

    # -- per-sentence translation (argostranslate-equivalent, before cleanup) -------------

    def translate_sentences(self, sentences: Sequence[str]) -> list[str]:
        """Raw translation of each sentence, as argostranslate's pipeline would produce it."""
        self._ensure_loaded()
        pieces = [self._sp.encode(s, out_type=str) for s in sentences]
        return [self._decode(tokens) for tokens in self._translate_pieces(pieces)]

    def close(self) -> None:
        """Drop the loaded models (they load again on the next call)."""
        self._translator = None
        self._sp = None

    # -- internals -------------------------------------------------------------------------

    def _run_window(self, window: list[_Paragraph], ctx: JobContext) -> Iterator[Draft]:
        if not window:
            return
        ctx.check()
        self._ensure_loaded()
        # (paragraph, sentence index, chunk index, pieces): sorted by length, so padding is
        # small, and put back in place by index.
        jobs: list[tuple[_Paragraph, int, int, list[str]]] = []
        for para in window:
            para.outputs = []
            for index, sentence in enumerate(para.split.sentences):
                chunks = self._chunks(self._sp.encode(sentence, out_type=str))
                para.outputs.append([""] * len(chunks))
                jobs.extend((para, index, part, chunk) for part, chunk in enumerate(chunks))
                para.missing += len(chunks)
        jobs.sort(key=lambda job: len(job[3]))
        step = self.window_sentences
        for start in range(0, len(jobs), step):
            ctx.check()
            batch = jobs[start : start + step]
            outputs = self._translate_pieces([job[3] for job in batch])
            finished: list[_Paragraph] = []
            for (para, index, part, _), tokens in zip(batch, outputs, strict=True):
                para.outputs[index][part] = self._decode(tokens)
                para.missing -= 1
                if para.missing == 0:
                    finished.append(para)
            for para in sorted(finished, key=lambda p: window.index(p)):
                yield self._finish(para)

    def _translate_pieces(self, pieces: list[list[str]]) -> list[list[str]]:
        prefix = self.package.target_prefix
        results = self._translator.translate_batch(
            pieces,
            target_prefix=[[prefix]] * len(pieces) if prefix else None,
            max_batch_size=self.max_batch_size,
            batch_type=self.batch_type,
            beam_size=self.beam_size,
            num_hypotheses=1,
            length_penalty=ARGOS_LENGTH_PENALTY,
            replace_unknowns=True,
            max_decoding_length=self.max_decoding_length,
        )
        return [result.hypotheses[0] for result in results]

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
            cut = max((i for i in range(limit // 2, limit) if pieces[i].startswith("▁")), default=limit)
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
