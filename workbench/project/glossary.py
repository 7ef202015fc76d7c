"""The glossary part of the Project facade (a mixin of project.facade.Project).

Same threading contract as Project: every call on the thread that opened the project (the
window's `store` lane). What crosses to other threads is immutable: `glossary()` returns a
Glossary snapshot (highlighting on the GUI thread, enforcement on the MT lane).

Two glossaries: the project's (in the project file) and the user's (data_dir()/glossary.sqlite,
shared by every project and window, see store.user_glossary). `scope` names one of them; the
effective glossary is both merged, project entries winning on conflicts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from workbench.glossary import entries as g
from workbench.glossary.check import Problem
from workbench.core.jobs import JobContext
from workbench.core.model import Paragraph, Status


_REDRAFTED = frozenset({Status.MACHINE, Status.GLOSS})  # drafts re-applying the glossary rewrites


class ProjectGlossary:
    """Glossary methods of Project. Needs `self._store` (a ProjectStore)."""

    _glossary_cache: tuple | None = None  # (key, Glossary)
    _glossary_version = 0  # bumped by every project glossary write of this Project
    _user_glossary = None

    # -- the glossaries ---------------------------------------------------------------------
    def user_glossary(self):
        """The user glossary file object (created on first use; the file on first write)."""
        if self._user_glossary is None:
            from workbench.store.user_glossary import UserGlossary

            self._user_glossary = UserGlossary()
        return self._user_glossary

    def glossary_entries(self, scope: str | None = None) -> list[g.GlossaryEntry]:
        """scope None: the effective glossary (project entries, then user entries they do not
        shadow); "project" or "user": that glossary's entries, oldest first."""
        if scope == "project":
            return self._store.glossary_entries()
        if scope == "user":
            return self.user_glossary().entries()
        if scope is not None:
            raise ValueError(f"unknown glossary scope {scope!r}")
        return list(self.glossary().entries)

    def glossary(self) -> g.Glossary:
        """The effective glossary as an immutable snapshot with its matcher. Cached: rebuilt only
        after this project's glossary changed or the user glossary file changed (any window)."""
        key = (self._glossary_version, self.user_glossary().stamp())
        if self._glossary_cache is None or self._glossary_cache[0] != key:
            merged = g.merge(self._store.glossary_entries(), self.user_glossary().entries())
            self._glossary_cache = (key, g.Glossary(merged))
        return self._glossary_cache[1]

    def _change(self, scope: str, plan: g.Plan) -> g.GlossaryChanges:
        if scope == "project":
            try:
                return self._store.change_glossary(plan)
            finally:
                self._glossary_version += 1
        if scope == "user":
            return self.user_glossary().change_glossary(plan)
        raise ValueError(f"unknown glossary scope {scope!r}")

    # -- editing ----------------------------------------------------------------------------
    def add_term(
        self, arabic: str, english: str, *, note: str = "", forbidden: Iterable[str] = (),
        mode: str = "smart", scope: str = "project",
    ) -> g.GlossaryEntry:  # fmt: skip
        """Store a new entry; GlossaryError (nothing written) if invalid or a duplicate."""
        entry = g.GlossaryEntry(arabic, english, note, tuple(forbidden), mode, scope=scope)
        return self._change(scope, g.plan_add(entry)).add[0]

    def update_term(self, entry: g.GlossaryEntry) -> g.GlossaryEntry:
        """Save an edited entry (same scope and id; e.g. `dataclasses.replace(entry, english=...)`)."""
        return self._change(entry.scope, g.plan_update(entry)).update[0]

    def delete_term(self, entry: g.GlossaryEntry) -> None:
        self._change(entry.scope, g.plan_delete(entry))

    def import_glossary(self, path: Path | str, *, scope: str = "project") -> g.ImportReport:
        """Import a CSV, TSV or TBX file in one transaction: all of it, or nothing
        (GlossaryImportError naming the row). Terms already there are updated."""
        from workbench.formats.glossary_io import read_glossary

        found = read_glossary(Path(path))
        changes = self._change(scope, g.plan_import(found.rows, scope, found.skipped))
        return g.ImportReport(len(changes.add), len(changes.update), changes.skipped,
                              changes.add + changes.update)  # fmt: skip

    def export_glossary(self, path: Path | str, *, scope: str | None = None) -> Path:
        """Write the glossary (scope as in glossary_entries) as CSV, TSV or TBX, atomically."""
        from workbench.formats.glossary_io import write_glossary

        return write_glossary(Path(path), self.glossary_entries(scope))

    # -- checking and enforcing -------------------------------------------------------------
    def check(self, paragraph_ids: Iterable[int] | None = None) -> list[Problem]:
        """Terminology problems in project order. Each names its paragraph three ways: `number`
        (1-based in the project: the window's row number), `position` (1-based within its
        document) and `document` (the document's name)."""
        glossary = self.glossary()
        if not len(glossary):
            return []
        wanted = None if paragraph_ids is None else set(paragraph_ids)
        names = {doc.id: doc.name for doc in self._store.documents()}
        first: dict[int, int] = {}
        problems: list[Problem] = []
        for para in self._store.paragraphs():
            first.setdefault(para.document_id, para.position)
            if wanted is None or para.id in wanted:
                found = glossary.check(para, para.position - first[para.document_id] + 1)
                document = names.get(para.document_id, "")
                problems.extend(replace(p, document=document) for p in found)
        return problems

    def glossary_redraft_paragraphs(self) -> list[Paragraph]:
        """Machine and gloss drafts containing a glossary term: what `reapply_glossary` looks
        at (a gloss draft is glossed again with the glossary, glossary_enforcer.redraft)."""
        glossary = self.glossary()
        if not len(glossary):
            return []
        return [
            p for p in self._store.paragraphs()
            if p.status in _REDRAFTED and p.translatable and p.target.strip() and glossary.hits(p.source)
        ]  # fmt: skip

    def apply_redrafts(self, redrafts: Sequence) -> list[Paragraph]:
        """Write glossary redrafts whose paragraph is still the machine or gloss draft they were
        made from (a person's edit or a newer draft since then wins)."""
        fresh = []
        for r in redrafts:
            para = self._store.paragraph(r.paragraph_id)
            status = getattr(r, "status", Status.MACHINE)
            if para.status is status and status in _REDRAFTED and para.target == r.base:
                fresh.append(r.draft())
        return self._store.apply_drafts(fresh)

    def reapply_glossary(self, engine=None, ctx: JobContext | None = None) -> int:
        """Rewrite existing machine and gloss drafts for the current glossary (no retranslation; the
        engine, if given, is asked how it renders the terms): project.pipeline.reapply_glossary,
        as the window does it. Edited, reviewed and approved paragraphs are never touched.
        Returns the number of drafts rewritten."""
        from workbench.project import pipeline

        translator = None if engine is None else pipeline.Translator(engine=engine)
        return len(pipeline.reapply_glossary(self, translator, ctx or JobContext()))
