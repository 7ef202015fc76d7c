"""Review in the window and on the command line: what changed since the translator left a
paragraph, and what a review merge brought in (Qt-free; the store thread).

For one paragraph, `review_state` compares two texts from its history:
- the PROPOSAL: what the reviewer wants: the current text (made by the first revision of the
  last run holding it: a review file's, or a person's), or, when a merge kept the reviewer's
  text beside a paragraph that changed meanwhile (a conflict), that kept text;
- the BASELINE: the text as it was before the reviewer's own run of revisions (theirs, or a
  review file's): the translator's text, or the engine's draft the translator left.
A paragraph is PENDING while its latest revision is a review file's (merged and not yet
accepted or rejected). Accepting marks the proposal reviewed (a conflict's proposal becomes the
text); rejecting brings the baseline back (a conflict keeps the project's text, marked
reviewed). Both are ordinary edits: one undo step each in the window, every version kept.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.core.model import Origin, Paragraph, Revision, Status

PERSON = frozenset({Origin.USER, Origin.MEMORY})


@dataclass(frozen=True, slots=True)
class ReviewState:
    paragraph_id: int
    baseline: str  # the translator's text ("" when the paragraph had none)
    baseline_author: str
    baseline_status: Status
    proposal: str  # the reviewer's text
    reviewer: str
    reviewed_at: str
    pending: bool  # a review file's text, not yet accepted or rejected
    conflict: bool  # the proposal was kept beside a text that changed meanwhile

    @property
    def changed(self) -> bool:
        return self.baseline != self.proposal


def review_state(paragraph: Paragraph, revisions: list[Revision]) -> ReviewState | None:
    """The paragraph's review (see the module docstring); None when its history is empty."""
    if not revisions:
        return None
    last = revisions[-1]
    pending = last.origin is Origin.REVIEW
    if pending and last.text != paragraph.target:  # a conflict: the text kept beside
        return ReviewState(paragraph.id, paragraph.target, _author(revisions, len(revisions) - 2),
                           paragraph.status, last.text, last.author, last.created_at, True, True)
    # The revision that made the current text: the first of the last run holding it (marks
    # after it, an acceptance among them, change no text).
    j = len(revisions) - 1
    while j > 0 and revisions[j - 1].text == paragraph.target:
        j -= 1
    maker = revisions[j]
    i = j - 1
    while i >= 0 and _same_reviewer(revisions[i], maker):
        i -= 1
    base = revisions[i] if i >= 0 else None
    return ReviewState(
        paragraph.id, base.text if base else "", _author(revisions, i),
        base.status if base else Status.UNTRANSLATED, paragraph.target, maker.author or maker.engine,
        maker.created_at, pending, False)


def _same_reviewer(rev: Revision, maker: Revision) -> bool:
    """An earlier revision of the reviewer's own run: theirs, or a review file's like theirs."""
    if maker.origin is Origin.REVIEW and rev.origin is Origin.REVIEW:
        return True
    return bool(maker.author) and rev.author == maker.author and rev.origin in PERSON | {Origin.REVIEW}


def _author(revisions: list[Revision], i: int) -> str:
    return (revisions[i].author or revisions[i].engine) if i >= 0 else ""


def accept_plan(state: ReviewState) -> tuple[str, Status]:
    """What accepting writes: the proposal, reviewed."""
    return state.proposal, Status.REVIEWED


def reject_plan(state: ReviewState) -> tuple[str, Status]:
    """What rejecting writes: the translator's text at its status (a conflict: the project's
    text, reviewed: the reviewer's kept text stays in the history)."""
    if state.conflict:
        return state.baseline, Status.REVIEWED
    status = state.baseline_status if not state.baseline_status.is_draft else Status.EDITED
    return state.baseline, status if state.baseline else Status.UNTRANSLATED


def pending_reviews(project) -> list[int]:
    """Ids of the paragraphs a review merge changed and nobody has accepted or rejected yet,
    in project order."""
    return project._store.latest_origin(Origin.REVIEW)
