"""The Marian engine: an imported OPUS-MT (Hugging Face Marian) model converted to CTranslate2.

Tokenization is what transformers' MarianTokenizer does: source.spm encodes the source, the
pieces end with "</s>" (CTranslate2's Marian guide: `tokens + ["</s>"]`), the decoder starts
from the model's own start token with no target prefix, and target.spm decodes the output
pieces. Batching, sentence splitting, streaming, alternatives and clean-up are CT2Engine's,
shared with ArgosEngine.
"""

from __future__ import annotations

from workbench.mt.ct2_engine import CT2Engine

MARIAN_EOS = "</s>"


class MarianEngine(CT2Engine):
    """Translates with one imported Marian model. Owned by one thread (the MT lane); see
    CT2Engine for options and threading. Length penalty 1.0 and beam 4, the OPUS-MT defaults."""

    name = "marian"
    length_penalty = 1.0
    default_beam_size = 4
    _source_sp = None
    _target_sp = None

    def _load_tokenizers(self) -> None:
        import sentencepiece

        path = self.package.path
        self._source_sp = sentencepiece.SentencePieceProcessor(model_file=str(path / "source.spm"))
        self._target_sp = sentencepiece.SentencePieceProcessor(model_file=str(path / "target.spm"))

    def _drop_tokenizers(self) -> None:
        self._source_sp = self._target_sp = None

    def _encode(self, sentence: str) -> list[str]:
        return self._source_sp.encode(sentence, out_type=str)

    def _source_tokens(self, pieces: list[str]) -> list[str]:
        return [*pieces, MARIAN_EOS]

    def _encode_target(self, sentence: str) -> list[str]:
        return self._target_sp.encode(sentence, out_type=str)

    def _decode(self, tokens: list[str]) -> str:
        # MarianTokenizer.convert_tokens_to_string: target.spm decodes the pieces; special
        # tokens are skipped.
        pieces = [t for t in tokens if t not in (MARIAN_EOS, "<pad>", "<unk>")]
        return self._target_sp.decode_pieces(pieces).strip()
