"""The review merge's one write (a mixin of ProjectStore, so project_store.py stays small).

A review DOCX brings back, per paragraph, the reviewer's English (a new revision of origin
"review" naming the reviewer), or, for a paragraph changed here since the export, that English
kept beside the project's text (a revision that leaves the paragraph as it is), and comments.
All of it is written in one transaction, compare-and-set on what the merge saw: if any
paragraph changed meanwhile, StaleEdit is raised and nothing of the merge is kept.
"""

from __future__ import annotations

from collections.abc import Iterable

from workbench.core.errors import StaleEdit
from workbench.core.model import Origin, Paragraph, Status


class ReviewMixin:
    """ProjectStore's review write; same thread contract as the rest of ProjectStore."""

    def machine_scores(self) -> list[tuple[str, tuple]]:
        """(model, (mean, min) per sentence) of every scored machine draft ever written: the
        sample each model is calibrated on (project/confidence.py)."""
        from workbench.store.repository import scores_from_json

        return [(model, scores_from_json(stored)) for model, stored in self._repo.machine_scores()]

    def latest_origin(self, origin: Origin) -> list[int]:
        """Paragraphs whose latest revision has `origin` (a review not yet acted on)."""
        return self._repo.latest_origin(origin)

    def apply_review(
        self,
        changes: Iterable[tuple[int, str, Status, str, Status, str]],
        kept: Iterable[tuple[int, str, Status, str]] = (),
        comments: Iterable[tuple[int, str, str]] = (),
    ) -> list[Paragraph]:
        """`changes`: (id, the target and status seen, new text, new status, author);
        `kept`: (id, text, status, author) appended beside the paragraph's own text;
        `comments`: (id, the comment seen, the new comment). Returns the paragraphs written."""
        written: dict[int, Paragraph] = {}
        with self._write():
            for pid, seen_target, seen_status, text, status, author in changes:
                para = self.paragraph(pid)
                if (para.target, para.status) != (seen_target, Status(seen_status)):
                    raise StaleEdit(pid, seen_target, para.target)
                written[pid] = self._repo.update_target(para, text, Status(status), Origin.REVIEW,
                                                        author=author)
            for pid, text, status, author in kept:
                self._repo.add_revision(pid, text, Status(status), Origin.REVIEW, author=author)
            for pid, seen, comment in comments:
                para = written.get(pid) or self.paragraph(pid)
                if para.comment != seen:
                    raise StaleEdit(pid, seen, para.comment)
                written[pid] = self._repo.update_comment(para, comment)
        return list(written.values())
