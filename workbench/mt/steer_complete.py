"""Completion while typing: the rest of a sentence after what the translator typed.

The typed text's complete words become the decoder's `target_prefix`. When the typed text ends
with whitespace (or is empty), the model decodes from there (greedy by default, `beam_size`
configurable). When it ends mid-word ("The minis"), the alternatives at the next position are
searched for the first whose word starts with the typed part (case-insensitively: "minister");
if none does, the typed part's own pieces are forced and the model finishes the word. Only the
suffix is returned: `typed + suffix` is the sentence, so the suffix starts exactly where the
typing ended ("ter said..." after "The minis", " said..." after a complete "minister").

With a glossary, a completion that drops a required English term is replaced by a hypothesis
that keeps it when one of a few more has it (an extra beam search, only then); otherwise it is
returned with the term flagged in `missing`.

Threading: the engine's thread only (the window's mt lane; see steer.py).
"""

from __future__ import annotations

import re

from workbench.mt.steer import (
    PARTIAL_ALTERNATIVES, TERM_HYPOTHESES, Completion, decode_after, missing_terms, steerable, tail,
)  # fmt: skip

_LAST_WORD = re.compile(r"\S+$")


def complete(engine, source_sentence: str, typed_prefix: str, *, beam_size: int = 1,
             glossary=None) -> str:
    """The suffix the model adds after `typed_prefix` (see the module docstring)."""
    return completion(engine, source_sentence, typed_prefix, beam_size=beam_size,
                      glossary=glossary).suffix


def completion(engine, source: str, typed: str, *, beam_size: int = 1, glossary=None) -> Completion:
    """The completion of `typed` as the translation of `source`, with its missing terms."""
    e = steerable(engine)
    if not source.strip():
        return Completion(typed, "")
    last = _LAST_WORD.search(typed)
    partial = last.group() if last else ""
    head = typed[: last.start()] if last else typed
    suffixes = _suffixes(e, source, head, partial, beam_size)
    best = Completion(typed, suffixes[0] if suffixes else "")
    best = Completion(typed, best.suffix, missing_terms(glossary, source, best.text))
    if best.missing and not partial:
        more = _whole_word_suffixes(e, source, head, TERM_HYPOTHESES, max(beam_size, TERM_HYPOTHESES))
        suffixes += more
    for suffix in suffixes[1:] if best.missing else ():
        option = Completion(typed, suffix, missing_terms(glossary, source, typed + suffix))
        if len(option.missing) < len(best.missing):
            best = option
    return best


def _suffixes(e, source: str, head: str, partial: str, beam_size: int) -> list[str]:
    """Candidate suffixes, best first."""
    if not partial:
        return _whole_word_suffixes(e, source, head, 1, beam_size)
    found = [_after_partial(tail(text, decoded), partial) for decoded, text in
             decode_after(e, source, head, hyps=PARTIAL_ALTERNATIVES, beam_size=beam_size,
                          alternatives=True)]  # fmt: skip
    found = [suffix for suffix in found if suffix is not None]
    if found:
        return found
    # No alternative starts the word as typed: force the typed part and let the model finish it.
    forced = [_after_forced(text, decoded, partial) for decoded, text in
              decode_after(e, source, f"{head}{partial}", hyps=1, beam_size=beam_size,
                           alternatives=False)]  # fmt: skip
    return [suffix for suffix in forced if suffix is not None] or [""]


def _whole_word_suffixes(e, source: str, head: str, hyps: int, beam_size: int) -> list[str]:
    """After complete words: the model's next words. A hypothesis whose first new piece glues
    onto the last typed word (a suffix: the typed word was complete) gives nothing; when all
    do, the alternatives at the next position are searched for ones starting a new word."""
    rests = [tail(text, decoded) for decoded, text in
             decode_after(e, source, head, hyps=hyps, beam_size=beam_size, alternatives=False)]
    if head.strip() and all(rest is None for rest in rests):
        rests = [tail(text, decoded) for decoded, text in
                 decode_after(e, source, head, hyps=PARTIAL_ALTERNATIVES, beam_size=beam_size,
                              alternatives=True)]  # fmt: skip
    out: list[str] = []
    for rest in rests:  # head is empty or ends with whitespace: the rest is the suffix
        if rest is not None and rest not in out:
            out.append(rest)
    return out or [""]


def _after_partial(rest: str | None, partial: str) -> str | None:
    """What follows `partial` in `rest` when rest's first word starts with it."""
    if rest and rest.casefold().startswith(partial.casefold()):
        return rest[len(partial) :]
    return None


def _after_forced(text: str, decoded: list[str], partial: str) -> str | None:
    """After forcing the typed part's pieces: the text after the prefix's complete words must
    start with the typed part (the decoded pieces spell it), the rest is the suffix."""
    rest = tail(text, decoded[:-1]) if decoded else None
    return _after_partial(rest, partial)
