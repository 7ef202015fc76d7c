"""The window's urgent engine requests: retranslating one paragraph and re-applying the glossary.

Both are latest-wins jobs on the mt lane that run before a waiting batch and between two groups
of a running one (urgent); their writes go to the store lane for the project they were asked for
(the session's generation), exactly like a batch's. A mixin of TranslationController, which owns
the Translator, the lanes and the signals these methods emit.
"""

from __future__ import annotations

from collections.abc import Callable

from workbench.core.errors import Cancelled
from workbench.core.model import Draft, Paragraph, Status, TranslationRequest
from workbench.project import pipeline


class UrgentRequests:
    """GUI-thread methods of TranslationController (which sets `_tasks`, `_session`,
    `_editing`, `_glossary`, `translator` and the signals)."""

    def use_glossary(self, generation: int, glossary) -> None:
        """The glossary of project `generation` as just read on the store lane (the docks call
        this after every load or change); retranslations use it from now on."""
        if generation == self._session.generation:
            self._glossary = (generation, glossary)

    def refresh_glossary(self) -> None:
        """Read the open project's glossary again (the user glossary may have changed)."""
        generation = self._session.generation
        if self._session.is_open:
            self._session.run(lambda p: p.glossary(),
                              success=lambda g: self.use_glossary(generation, g),
                              failure=self._retranslate_failed, generation=generation)

    # -- glossary re-apply: the command line's steps, on the lanes ---------------------------
    def reapply_glossary(self, generation: int, done: Callable[[list[Paragraph]], None],
                         failed: Callable[[BaseException], None]) -> None:
        """Rewrite project `generation`'s machine drafts for its glossary as just stored
        (pipeline.reapply_glossary): plan on the store lane, redraft on the mt lane (urgent and
        latest-wins: between two groups of a running batch, a newer change replaces it), write
        on the store lane. `done(paragraphs)` gets the rewritten rows."""

        def redraft(plan: pipeline.RedraftPlan) -> None:
            if not plan.paragraphs or generation != self._session.generation:
                done([])
                return
            self._tasks.latest("mt", "reapply", lambda ctx: self.translator.redrafts(plan, ctx),
                               success=write, failure=failed, urgent=True)

        def write(redrafts) -> None:
            self._session.run(lambda p: p.apply_redrafts(redrafts), success=done, failure=failed,
                              generation=generation)

        self._session.run(pipeline.redraft_plan, success=redraft, failure=failed,
                          generation=generation)

    # -- one paragraph, latest wins ---------------------------------------------------------
    def retranslate(self, paragraph: Paragraph) -> None:
        """A fresh draft for one paragraph. A draft row is overwritten through the store like a
        batch; for a row a person touched the draft is kept beside their text in its history
        (pipeline.apply_retranslation) and offered (`draft_for_person`): declining keeps it
        there."""
        request = TranslationRequest(paragraph.id, paragraph.source, paragraph.marks)
        generation = self._session.generation

        def written(drafts: list[Draft], paragraphs: list[Paragraph]) -> None:
            if generation != self._session.generation:
                return
            if paragraphs:
                self._editing.offer(paragraphs)
                return
            # The store kept the row: the draft is the text it holds, or a person's text is
            # there (or MT, which a gloss never replaces).
            current = self._editing.model.paragraph(paragraph.id)
            if current is None:
                return
            if drafts[0].text == current.target:
                self.draft_identical.emit(paragraph.id)
            elif not current.status.is_draft or current.status is Status.MEMORY:
                self.draft_for_person.emit(current, drafts[0].text)  # ask before replacing

        def translate_with(glossary) -> None:
            def one(ctx):
                drafts = self.translator.translate([request], glossary, ctx)  # tags placed
                if drafts:  # to the store lane from here: ahead of a running batch's next group
                    self._session.run(lambda p: pipeline.apply_retranslation(p, drafts),
                                      success=lambda done: written(drafts, done),
                                      failure=self._retranslate_failed, generation=generation)
                return drafts

            # Urgent: served before a waiting batch and between the drafts of a running one,
            # on the mt lane like every engine call (the engine belongs to that one thread).
            self._tasks.latest("mt", "focused", one, failure=self._retranslate_failed, urgent=True)

        known = self._glossary
        if known is not None and known[0] == generation:
            translate_with(known[1])
            self.refresh_glossary()  # for the next one: the user glossary may have changed
        else:  # not read yet: read it with the project it was asked for, then translate
            self._session.run(lambda p: p.glossary(), success=translate_with,
                              failure=self._retranslate_failed, generation=generation)

    def _retranslate_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, Cancelled):
            self.failed.emit(exc)
