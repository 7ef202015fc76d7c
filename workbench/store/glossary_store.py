"""The project glossary methods of ProjectStore (a mixin, so project_store.py stays small)."""

from __future__ import annotations

from workbench.glossary.entries import GlossaryChanges, GlossaryEntry, Plan
from workbench.store.glossary_repository import GlossaryRepository


class ProjectGlossaryMixin:
    """Glossary of the project file. Same contract as the rest of ProjectStore: the opening
    thread owns it; a change returns only after its COMMIT, else raises SaveFailed."""

    def glossary_entries(self) -> list[GlossaryEntry]:
        """Every project glossary entry, oldest first (scope "project")."""
        return GlossaryRepository(self._db.conn, "project").entries()

    def change_glossary(self, plan: Plan) -> GlossaryChanges:
        """Run `plan` on the stored entries and write what it returns, in one transaction.

        The plan may raise (GlossaryError): nothing is written then. Returns the changes as
        stored (ids and time stamps filled in).
        """
        with self._write():
            repo = GlossaryRepository(self._db.conn, "project")
            return repo.apply(plan(repo.entries()))
