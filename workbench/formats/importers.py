"""One entry point for every import: `load_document(path)`.

Dispatch looks at the content before the name, so a file is refused for what it really is:
- a ZIP whose `mimetype` member says OpenDocument goes to the ODT importer (which names any
  other OpenDocument kind it refuses); any other ZIP goes to the DOCX importer whatever its
  extension (a .docx renamed .txt still imports; an .xlsx is refused naming that format);
- a PDF goes to the PDF importer;
- an OLE compound file (legacy .doc, or any password-protected Office file) is refused;
- other known binary signatures (PDF, RTF, images, archives) are refused by name;
- otherwise the extension decides: .txt/.text (or no extension) as plain text, .md/.markdown as
  Markdown, .html/.htm/.mhtml/.mht as a web page; a .docx that is not a ZIP, or any other
  extension, is refused.
Pure function; runs on whichever thread calls it (the `io` lane in the app). Heavy parsers are
imported lazily by the format modules.
"""

from __future__ import annotations

from pathlib import Path

from workbench.core.errors import DocumentImportError, ImporterFailed
from workbench.core.model import SourceDocument
from workbench.core.text import printable_name
from workbench.formats import import_sniff

TEXT_EXTENSIONS = frozenset({".txt", ".text"})
MARKDOWN_EXTENSIONS = frozenset({".md", ".markdown"})
DOCX_EXTENSIONS = frozenset({".docx"})
HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml", ".mhtml", ".mht"})
OTHER_EXTENSIONS = frozenset({".odt", ".pdf"})  # recognised by their content
SUPPORTED_EXTENSIONS = (TEXT_EXTENSIONS | MARKDOWN_EXTENSIONS | DOCX_EXTENSIONS | HTML_EXTENSIONS
                        | OTHER_EXTENSIONS)
ODF_PREFIX = b"application/vnd.oasis.opendocument"


def load_document(path: Path) -> SourceDocument:
    """Read one source file into segments. Raises DocumentImportError and nothing else."""
    path = Path(path)
    try:
        return _dispatch(path)
    except DocumentImportError as exc:
        _printable(exc)
        raise
    except Exception as exc:  # any surprise from a parser is still a refused file, not a crash
        raise _printable(ImporterFailed(path, exc)) from exc


def _zip_mimetype(path: Path) -> bytes:
    """The `mimetype` member of a ZIP (OpenDocument's first entry), or b"" when there is none or
    the ZIP cannot be read (the importer it then goes to says what is wrong)."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("mimetype")
            return archive.read(info)[:100].strip() if info.file_size <= 100 else b""
    except (KeyError, OSError, zipfile.BadZipFile, RuntimeError, NotImplementedError):
        return b""


def _printable(exc: DocumentImportError) -> DocumentImportError:
    """The same error with the file name in its message made safe to print (a name holding
    terminal escapes must not clear or recolour the screen); `exc.path` stays the real path."""
    where = f" (line {exc.line})" if exc.line is not None else ""
    exc.message = f"{printable_name(exc.path)}: {exc.reason}{where}"
    exc.args = (exc.message,)
    return exc


def _dispatch(path: Path) -> SourceDocument:
    from workbench.formats.docx_import import load_docx
    from workbench.formats.md_import import load_markdown
    from workbench.formats.txt_import import load_text

    if not path.exists():
        if path.is_symlink():  # exists() is False for a dangling link and for a loop (ELOOP)
            raise DocumentImportError(path, "file not found: it is a symbolic link that loops or "
                                            "leads to nothing")
        raise DocumentImportError(path, "file not found")
    if not path.is_file():
        raise DocumentImportError(path, "not a regular file")
    if path.stat().st_size == 0:
        raise DocumentImportError(path, "empty file")
    try:
        head = import_sniff.read_head(path)
    except OSError as exc:
        raise DocumentImportError(path, f"cannot read the file: {exc.strerror or exc}") from exc

    suffix = path.suffix.lower()
    if import_sniff.is_zip(head):
        if _zip_mimetype(path).startswith(ODF_PREFIX):
            from workbench.formats.odt_import import load_odt

            return load_odt(path)
        return load_docx(path)
    if head.startswith(b"%PDF-"):
        from workbench.formats.pdf_import import load_pdf

        return load_pdf(path)
    if head.startswith(import_sniff.OLE_MAGIC):
        raise DocumentImportError(path, f"this is {import_sniff.describe_ole(path)}")
    if (name := import_sniff.describe_binary(head)) is not None:
        raise DocumentImportError(path, f"this is {name}, not a text, Markdown or Word document")
    if suffix in DOCX_EXTENSIONS:
        what = "unrecognised binary data" if import_sniff.looks_binary(head) else "it looks like plain text"
        raise DocumentImportError(path, f"not a DOCX file: no ZIP signature ({what})")
    if suffix in MARKDOWN_EXTENSIONS:
        return load_markdown(path)
    if suffix in HTML_EXTENSIONS:
        from workbench.formats.html_import import load_html

        return load_html(path)
    if suffix in TEXT_EXTENSIONS or suffix == "":
        return load_text(path)
    supported = ", ".join(sorted(SUPPORTED_EXTENSIONS))
    raise DocumentImportError(path, f"unsupported file type {suffix!r} (supported: {supported})")
