"""Steering a CTranslate2 engine, one sentence at a time: n-best, word alternatives, completion.

- `sentence_options(engine, source, n)`: the n best translations of one source sentence,
  cleaned as drafts are (the engine's decoding + cleanup.clean_translation), distinct, best first.
- `word_options(engine, source, english, index, k)`: for the English word at `index`
  (whitespace words), the model's alternatives for that position given the words before it
  (`target_prefix` + `return_alternatives`). Each option keeps the prefix exactly as written,
  puts the new word and continues with the model's own decoding from that new prefix, so the
  sentence stays grammatical. An alternative that is a subword is completed by the decoding; one
  that would glue onto the word before (a suffix, punctuation) is not a word at the position and
  is left out, as is the current word.
- `completion(engine, source, typed)` (steer_complete.py): the rest of the sentence after what
  the translator typed.
  A typed text ending mid-word ("The minis") is decoded from its complete words, and the first
  alternative at the next position whose word starts with the typed part is taken ("minister");
  if none does, the typed part's own pieces are forced and the model finishes the word. Only the
  suffix is returned: typed + suffix is the sentence.

Paragraphs (the sentence at a cursor, a chosen sentence put back): steer_paragraph.py.

Glossary terms keep holding: given a Glossary, every option carries the English terms it lacks
(`missing`), and options are ranked (stable) by how many they lack; a completion that drops a
term is replaced by a hypothesis that keeps it when the beam has one, else returned flagged.

Threading: these functions use the engine's translator and tokenizers, so they run on the thread
that owns the engine (the window's mt lane, as urgent latest-wins requests served between two
groups of a batch; the command line's main thread). Not thread-safe, like the engine. The gloss
engine has no model to steer: SteeringUnsupported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.arabic.term_matcher import english_present
from workbench.core.errors import WorkbenchError
from workbench.mt.cleanup import clean_translation
from workbench.mt.ct2_engine import CT2Engine

PARTIAL_ALTERNATIVES = 8  # alternatives searched for a word that starts with a typed part-word
TERM_HYPOTHESES = 4  # hypotheses tried when a completion drops a glossary term
_WORD = re.compile(r"\S+")
_PUNCT = ".,;:!?\"'()[]{}«»“”‘’-–—…"


class SteeringUnsupported(WorkbenchError):
    """The engine has no model to ask for alternatives or completions (the gloss engine)."""

    def __init__(self, engine: str):
        super().__init__(f"the {engine} engine cannot suggest alternatives or complete a sentence "
                         "(it has no translation model; see 'workbench models list')")
        self.engine = engine


@dataclass(frozen=True, slots=True)
class Option:
    """One suggestion: the whole sentence, the word put at the position (word alternatives) and
    the glossary's English terms the sentence lacks."""

    text: str
    word: str = ""
    missing: tuple[str, ...] = ()

    @property
    def keeps_terms(self) -> bool:
        return not self.missing


@dataclass(frozen=True, slots=True)
class Completion:
    """What the model adds after `typed`; `typed + suffix` is the sentence."""

    typed: str
    suffix: str
    missing: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return self.typed + self.suffix


def steerable(engine) -> CT2Engine:
    """The CTranslate2 engine inside `engine` (a glossary wrapper is looked through), loaded."""
    inner = getattr(engine, "inner", engine)
    if not isinstance(inner, CT2Engine):
        raise SteeringUnsupported(getattr(inner, "name", type(inner).__name__))
    inner._ensure_loaded()
    return inner


def missing_terms(glossary, source: str, text: str) -> tuple[str, ...]:
    """English terms of the glossary entries found in `source` that `text` does not hold."""
    if glossary is None or not len(glossary):
        return ()
    out: list[str] = []
    for hit in glossary.hits(source):
        english = hit.entry.english
        if english not in out and not english_present(text, english):
            out.append(english)
    return tuple(out)


def rank(options: list[Option]) -> list[Option]:
    """Options that keep every glossary term first; otherwise the model's order."""
    return sorted(options, key=lambda option: len(option.missing))


def sentence_options(engine, source: str, n: int = 5, *, glossary=None) -> list[Option]:
    """Up to n distinct translations of one source sentence, best first (see module docstring).
    A sentence over the engine's input limit is translated in chunks, as drafts are; option i
    joins each chunk's i-th hypothesis."""
    e = steerable(engine)
    if not source.strip() or n < 1:
        return []
    chunks = e._chunks(e._encode(source.strip()))
    hyps = n + 2  # a few spare: some hypotheses differ only in what cleanup removes
    options = e._options(len(chunks))
    options.update(beam_size=max(e.beam_size, hyps), num_hypotheses=hyps)
    results = e._translator.translate_batch([e._source_tokens(c) for c in chunks], **options)
    decoded = [[e._decode(h) for h in result.hypotheses] for result in results]
    texts: list[str] = []
    for i in range(hyps):
        text = clean_translation(" ".join(h[min(i, len(h) - 1)] for h in decoded))
        if text and text not in texts:
            texts.append(text)
    return rank([Option(t, missing=missing_terms(glossary, source, t)) for t in texts])[:n]


def alternatives(engine, source_sentence: str, n: int = 5, *, glossary=None) -> list[str]:
    """The n best translations of a sentence as text (sentence_options without the flags)."""
    return [option.text for option in sentence_options(engine, source_sentence, n, glossary=glossary)]


def target_pieces(engine: CT2Engine, text: str) -> list[str]:
    """The decoder's prefix for an English text: the engine's own target prefix (Argos
    packages may have one), then the text's target pieces (Marian: target.spm; Argos: the one
    SentencePiece model)."""
    sp = getattr(engine, "_target_sp", None) or getattr(engine, "_sp", None)
    if sp is None:
        raise SteeringUnsupported(engine.name)
    own = engine._target_prefix()
    return [*([own] if own else []), *(sp.encode(text, out_type=str) if text.strip() else [])]


def decode_after(e: CT2Engine, source: str, prefix_text: str, *, hyps: int, beam_size: int,
                 alternatives: bool) -> list[tuple[list[str], str]]:
    """(words of the forced prefix, cleaned text) of each hypothesis decoded after
    `prefix_text`. With `alternatives`, hyps alternatives at the first free position, each
    continued with a beam of `beam_size`; else the hyps best of a beam of at least hyps. The
    prefix words are read from the hypothesis itself: a piece the model does not know comes
    back replaced by a source word, so the text would not start with the words as typed."""
    src = e._source_tokens(e._encode(source.strip())[: e.max_input_tokens])
    prefix = target_pieces(e, prefix_text)
    beam = beam_size if alternatives else max(beam_size, hyps)
    [result] = e._translator.translate_batch(
        [src], [prefix] if prefix else None, beam_size=max(1, beam), num_hypotheses=hyps,
        return_alternatives=alternatives, length_penalty=e.length_penalty, replace_unknowns=True,
        max_decoding_length=e.max_decoding_length,
    )
    return [(clean_translation(e._decode(h[: len(prefix)])).split() if prefix else [],
             clean_translation(e._decode(h))) for h in result.hypotheses]  # fmt: skip


def tail(text: str, prefix_words: list[str]) -> str | None:
    """`text` after the prefix's words, from its next word on; None when it has no next word or
    does not start with the prefix's words (a first new piece glued onto the prefix's last word,
    a suffix or punctuation, is not a word of its own)."""
    spans = [m.span() for m in _WORD.finditer(text)]
    count = len(prefix_words)
    if len(spans) <= count or [text[a:b] for a, b in spans[:count]] != prefix_words:
        return None
    return text[spans[count][0] :]


def bare(word: str) -> str:
    return word.strip(_PUNCT).casefold()


def word_options(engine, source: str, english: str, index: int, k: int = 5, *,
                 beam_size: int = 1, glossary=None) -> list[Option]:
    """Alternatives for English word `index` (0-based, whitespace words) of `english`, the
    translation of `source`; `index == len(words)` asks for the next word. See module docstring."""
    e = steerable(engine)
    words = english.split()
    if not 0 <= index <= len(words):
        raise IndexError(f"word {index} of a sentence of {len(words)} words")
    prefix_text = " ".join(words[:index])
    found: list[Option] = []
    seen = {bare(words[index]) if index < len(words) else ""}
    for decoded, text in decode_after(e, source, prefix_text, hyps=k + 3, beam_size=beam_size,
                                      alternatives=True):
        rest = tail(text, decoded)
        word = rest.split()[0] if rest else ""
        if not bare(word) or bare(word) in seen:
            continue
        seen.add(bare(word))
        sentence = f"{prefix_text} {rest}".strip()
        found.append(Option(sentence, word, missing_terms(glossary, source, sentence)))
    return rank(found)[:k]
