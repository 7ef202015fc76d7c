"""The Argos engine: an installed Argos package's CTranslate2 and SentencePiece models, batched.

Per sentence it does exactly what argostranslate's `apply_packaged_translation` does (same
SentencePiece pieces, same `translate_batch` options: beam 4, length_penalty 0.2,
replace_unknowns, the package's target prefix; same decoding of the pieces), so a sentence
translates to the same text. What differs is around it, shared with the Marian engine in
ct2_engine.py: our own sentence splitter (no stanza, no download), many paragraphs per
`translate_batch` call with sentences sorted by length, drafts streamed paragraph by paragraph,
and artefacts cleaned (cleanup.py).
"""

from __future__ import annotations

from workbench.mt.ct2_engine import CT2Engine, default_threads

# argostranslate's own decoding options (translate.py, apply_packaged_translation).
ARGOS_LENGTH_PENALTY = 0.2
ARGOS_BEAM_SIZE = 4


class ArgosEngine(CT2Engine):
    """Translates with one installed Argos package (one SentencePiece model for both sides).

    Owned by one thread (the MT lane); see CT2Engine for options and threading.
    """

    name = "argos"
    length_penalty = ARGOS_LENGTH_PENALTY
    default_beam_size = ARGOS_BEAM_SIZE
    _sp = None

    def _load_tokenizers(self) -> None:
        import sentencepiece

        self._sp = sentencepiece.SentencePieceProcessor(
            model_file=str(self.package.path / "sentencepiece.model")
        )

    def _drop_tokenizers(self) -> None:
        self._sp = None

    def _encode(self, sentence: str) -> list[str]:
        return self._sp.encode(sentence, out_type=str)

    def _target_prefix(self) -> str:
        return self.package.target_prefix

    def _encode_target(self, sentence: str) -> list[str]:
        prefix = self.package.target_prefix
        return ([prefix] if prefix else []) + self._sp.encode(sentence, out_type=str)

    def _decode(self, tokens: list[str]) -> str:
        # Exactly argostranslate.tokenizer.SentencePieceTokenizer.decode and the prefix and
        # leading-space handling of apply_packaged_translation.
        value = self._sp.decode_pieces(tokens).replace("▁", " ").replace("_", " ")
        prefix = self.package.target_prefix
        if prefix and value.startswith(prefix):
            value = value[len(prefix) :]
        return value[1:] if value.startswith(" ") else value


__all__ = ["ARGOS_BEAM_SIZE", "ARGOS_LENGTH_PENALTY", "ArgosEngine", "default_threads"]
