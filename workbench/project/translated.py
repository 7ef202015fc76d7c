"""The translated document: one document of the project in English, in the format it came in.

A DOCX, ODT or Markdown source is rebuilt from the file the project keeps
(formats.docx_translated_export, formats.odt_translated_export, formats.md_translated_export:
front matter, list numbers and everything untranslated copied as written); a web page's article
is written again from its paragraphs (formats.html_translated_export). A document
comes back only in its own format: a DOCX as DOCX, a web page as HTML; asking for another is an
error naming the format that works. Qt-free; the Project's thread.
"""

from __future__ import annotations

from pathlib import Path

from workbench.core.errors import ExportError

# The export format that gives each imported format back (documents' `format` -> --format).
TRANSLATED_FORMATS = {"docx": "docx", "odt": "odt", "html": "html", "md": "md"}
_KEPT_SOURCE = frozenset({"docx", "odt"})  # rebuilt from the original file


def translated_format(document_format: str) -> str | None:
    """The --format whose translated layout gives a document of this imported format back."""
    return TRANSLATED_FORMATS.get(document_format)


def export_translated(project, out: Path | str, document: str | None = None, fmt: str = "docx"):
    """Write document `document` (a name or "#id"; may be left out when the project has one
    document) in English as `fmt`, which must be the document's own format. Returns formats'
    TranslatedReport; its `untranslated` paragraphs are still Arabic."""
    from workbench.project.documents import find_document

    out = Path(out)
    documents = project.documents()
    if document is None and len(documents) != 1:
        raise ExportError(f"{out}: the project has {len(documents)} documents: say which one "
                          f"(--document NAME; see 'workbench documents')")
    chosen = find_document(project, document) if document is not None else documents[0]
    own = translated_format(chosen.format)
    if own is None:
        raise ExportError(f"{out}: {chosen.name} was imported as {chosen.format}, which has no "
                          "translated layout (DOCX, ODT, HTML and Markdown sources have); the "
                          "bilingual and target layouts work for every document")
    if fmt != own:
        raise ExportError(f"{out}: {chosen.name} was imported as {chosen.format}, so its translated "
                          f"layout is --format {own} (not {fmt}); the bilingual and target layouts "
                          "work in every format")
    paragraphs = [p for p in project.paragraphs() if p.document_id == chosen.id]
    if own in _KEPT_SOURCE:
        original = project._store.document_source(chosen.id)
        if original is None:
            raise ExportError(f"{out}: the project does not keep the {own.upper()} file "
                              f"{chosen.name} came from (imported by an older version): import "
                              "it again to rebuild it in English")
        if own == "docx":
            from workbench.formats.docx_translated_export import export_translated as rebuild
        else:
            from workbench.formats.odt_translated_export import export_odt as rebuild
        return rebuild(original, paragraphs, out)
    if own == "html":
        from workbench.formats.html_translated_export import export_html

        return export_html(paragraphs, out, title=_title(chosen, paragraphs))
    from workbench.formats.md_translated_export import export_md

    # the Markdown file itself where the project keeps it (imported since inline tags came),
    # else its paragraphs written again
    return export_md(paragraphs, out, original=project._store.document_source(chosen.id))


def _title(document, paragraphs) -> str:
    """The page's title: the English of the paragraph that is the page's title (the importer
    puts it first as a heading), else the title the page declared, else the document's name."""
    from workbench.core import inline
    from workbench.core.model import Kind

    declared = " ".join(dict(document.metadata).get("title", "").split())
    if declared:
        for paragraph in paragraphs:
            if paragraph.kind == Kind.HEADING and " ".join(paragraph.source.split()) == declared:
                english = " ".join(inline.plain(paragraph.target).split())
                if paragraph.translatable and english:
                    return english
                break
        return declared
    return Path(document.name).stem
