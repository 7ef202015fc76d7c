"""Propagation of repeats: a paragraph a person confirmed fills the drafts that repeat it.

News text repeats itself inside one project (a dateline, a standing formula, a caption used
twice). When a person confirms one occurrence, every other translatable paragraph with the same
source (ends trimmed) that is still a draft (untranslated, machine, gloss, memory) gets its text
as a memory draft: status memory, a revision of origin memory, engine "repeat" and model the
confirmed paragraph's id (the grid's marker says where it came from). A paragraph a person
wrote or checked is never touched, even if its text differs: that is for the person to decide.
"""

from __future__ import annotations

from workbench.core import inline
from workbench.core.model import Origin, Paragraph, Status

REPEAT_ENGINE = "repeat"  # engine name of a propagated draft; its model is the origin's id
_CONFIRMED = frozenset({Status.EDITED, Status.REVIEWED, Status.APPROVED})


class RepeatsMixin:
    """ProjectStore's propagation (same contract: the opening thread owns it; the call returns
    only after its COMMIT, else raises SaveFailed and nothing of it is kept)."""

    def propagate_repeat(self, paragraph_id: int) -> list[Paragraph]:
        """Copy the confirmed paragraph's target to the drafts repeating its source, in one
        transaction; returns the paragraphs written ([] when it is not confirmed)."""
        written: list[Paragraph] = []
        with self._write():
            para = self._repo.find_paragraph(paragraph_id)
            if (para is None or para.status not in _CONFIRMED or not para.translatable
                    or not para.target.strip() or not para.source.strip()):
                return written
            for other in self._repo.repeats(para):
                # The same Arabic formatted otherwise (bold here, plain there) takes the words
                # without tags that are not its own; QA then names the tags it lacks.
                text = para.target if other.marks == para.marks else inline.plain(para.target)
                if not other.status.is_draft or (other.target, other.status) == (text, Status.MEMORY):
                    continue
                written.append(self._repo.update_target(
                    other, text, Status.MEMORY, Origin.MEMORY, REPEAT_ENGINE, str(para.id)))
        return written
