"""Removing a document from a project (a mixin of ProjectStore, so project_store.py stays small).

The document's paragraphs and their whole history go in one transaction; the caller (the
facade) has taken a verified rolling backup first, which is where they can be found again.
"""

from __future__ import annotations

from workbench.core.model import Document


class DocumentsMixin:
    """Same thread contract as the rest of ProjectStore."""

    def document_source(self, document_id: int) -> bytes | None:
        """The file document `document_id` was imported from, when the project keeps it."""
        return self._repo.document_source(document_id)

    def remove_document(self, document_id: int) -> Document:
        """Delete document `document_id`, its paragraphs and their revisions; returns what
        was removed. KeyError when there is no such document."""
        with self._write():
            found = next((d for d in self._repo.documents() if d.id == document_id), None)
            if found is None:
                raise KeyError(document_id)
            self._repo.delete_document(document_id)
        return found
