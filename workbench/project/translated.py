"""The translated document: a DOCX source rebuilt with the project's English
(formats.docx_translated_export), for one document of the project. Qt-free; the Project's thread."""

from __future__ import annotations

from pathlib import Path

from workbench.core.errors import ExportError


def export_translated(project, out: Path | str, document: str | None = None):
    """Write document `document` (a name or "#id"; may be left out when the project has one
    document) as the source DOCX with the English. Returns formats' TranslatedReport; its
    `untranslated` paragraphs are still Arabic."""
    from workbench.formats.docx_translated_export import export_translated as rebuild
    from workbench.project.documents import find_document

    out = Path(out)
    documents = project.documents()
    if document is None and len(documents) != 1:
        raise ExportError(f"{out}: the project has {len(documents)} documents: say which one "
                          f"(--document NAME; see 'workbench documents')")
    chosen = find_document(project, document) if document is not None else documents[0]
    original = project._store.document_source(chosen.id)
    if original is None:
        raise ExportError(f"{out}: {chosen.name} was imported as {chosen.format}, and the translated "
                          "layout rebuilds DOCX sources (imported by this version) only; the "
                          "bilingual and target layouts work for every document")
    paragraphs = [p for p in project.paragraphs() if p.document_id == chosen.id]
    return rebuild(original, paragraphs, out)
