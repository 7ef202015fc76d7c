"""The one small interface every translation engine implements."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol, runtime_checkable

from workbench.core.jobs import JobContext
from workbench.core.model import Draft, Status, TranslationRequest


@runtime_checkable
class Engine(Protocol):
    """Translates paragraphs. Owned by one thread (the MT lane); not thread-safe.

    `translate` may batch across all requests but must yield each paragraph's Draft as soon as
    that paragraph is complete (any order), call ctx.check() between batches and
    ctx.progress(done_paragraphs, total) as it goes. It never touches the store.
    """

    name: str  # engine id shown to users and stored with drafts, e.g. "argos", "gloss"
    model: str  # model id/version, e.g. "translate-ar_en-1.0"
    draft_status: Status  # Status.MACHINE or Status.GLOSS

    def translate(
        self, requests: Sequence[TranslationRequest], ctx: JobContext
    ) -> Iterator[Draft]: ...
