"""PDF import: the text layer of a PDF as paragraphs and headings, Arabic in logical order.

The file is checked before pdfium sees it: its size (MAX_PDF_BYTES, from the directory entry),
the %PDF- signature in the first KB and the %%EOF marker in the last KB (pdfium quietly repairs a
cut-off file; a half-downloaded PDF is refused instead of half-imported). pypdfium2 is imported
lazily; pdfium is not thread-safe, so every use goes through one lock. Then, page by page:
characters -> lines in logical order, a page in columns read column by column (pdf_chars,
pdf_bidi, pdf_columns) -> running headers, footers and page numbers dropped, headings by font
size, paragraphs rebuilt from lines (pdf_layout) -> the SegmentCollector every importer uses.
Refusals are DocumentImportErrors with a specific reason: too large, not a PDF, truncated,
encrypted, damaged, too many pages, and a PDF whose pages hold only images: "no text layer: OCR
it first". Title, author and creation date become metadata.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import threading
from pathlib import Path

from workbench.core.errors import DocumentImportError
from workbench.core.model import Kind, SourceDocument
from workbench.core.text import printable_name
from workbench.formats import pdf_chars, pdf_layout
from workbench.formats.import_common import MB, SegmentCollector, size_over

MAX_PDF_BYTES = 200 * MB
MAX_PDF_PAGES = 10_000
NO_TEXT = "no text layer: OCR it first (the pages hold only images, as in a scanned document)"
_LOCK = threading.Lock()
_DATE = re.compile(r"D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?")
_log = logging.getLogger("workbench.import")


def load_pdf(path: Path) -> SourceDocument:
    """Import a PDF's text layer. Raises DocumentImportError for anything it cannot read."""
    path = Path(path)
    _check_file(path)
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    with _LOCK:
        try:
            document = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError as exc:
            raise DocumentImportError(path, _open_reason(pdfium_c, exc)) from exc
        try:
            pages, images = _read_pages(path, document, pdfium_c)
            metadata = _metadata(document)
        except DocumentImportError:
            raise
        except Exception as exc:  # pdfium and ctypes failures on a damaged page
            raise DocumentImportError(path, f"damaged PDF: a page could not be read ({type(exc).__name__})") from exc
        finally:
            document.close()
    if not any(page.lines for page in pages):
        raise DocumentImportError(path, NO_TEXT if images else "empty: the PDF contains no text")
    dropped = pdf_layout.drop_furniture(pages)
    out = SegmentCollector(path)
    for block in pdf_layout.blocks(pages):
        kind = Kind.HEADING if block.heading_level else Kind.PARAGRAPH
        out.add(kind, block.text, block.heading_level)
    empty = [n + 1 for n, page in enumerate(pages) if not page.lines]
    if empty and images:
        out.notes.append(f"{len(empty)} pages without text were skipped (scanned? first: page {empty[0]})")
    _log.debug("%s: %d header, footer and page-number lines dropped", printable_name(path.name), dropped)
    return dataclasses.replace(out.document("pdf"), metadata=metadata)


def _check_file(path: Path) -> None:
    try:
        size = path.stat().st_size
        if size == 0:
            raise DocumentImportError(path, "empty file")
        if size > MAX_PDF_BYTES:
            raise DocumentImportError(path, f"too large: {size_over(size, MAX_PDF_BYTES)}; split the file")
        with path.open("rb") as handle:
            head = handle.read(1024)
            handle.seek(max(0, size - 1024))
            tail = handle.read()
    except OSError as exc:
        raise DocumentImportError(path, f"cannot read the file: {exc.strerror or exc}") from exc
    if b"%PDF-" not in head:
        raise DocumentImportError(path, "not a PDF file: no %PDF- signature at its start")
    if b"%%EOF" not in tail:
        raise DocumentImportError(path, "truncated PDF: its end-of-file marker is missing "
                                        "(the file was cut off, e.g. by an interrupted download)")


def _open_reason(pdfium_c, exc) -> str:
    code = getattr(exc, "err_code", None)
    if code == pdfium_c.FPDF_ERR_PASSWORD:
        return "encrypted PDF: it needs a password to open; save an unprotected copy and import that"
    if code == pdfium_c.FPDF_ERR_SECURITY:
        return "encrypted PDF: its security handler is not supported; save an unprotected copy"
    return "damaged PDF: its structure could not be read"


def _read_pages(path: Path, document, pdfium_c) -> tuple[list[pdf_layout.Page], bool]:
    count = len(document)
    if count > MAX_PDF_PAGES:
        raise DocumentImportError(path, f"the PDF has {count:,} pages; the limit is {MAX_PDF_PAGES:,}: split it")
    pages: list[pdf_layout.Page] = []
    images = False
    for index in range(count):
        page = document[index]
        try:
            width, height = page.get_size()
            textpage = page.get_textpage()
            try:
                clusters = pdf_chars.page_clusters(pdfium_c, textpage.raw)
            finally:
                textpage.close()
            if not clusters:
                images = images or _has_image(pdfium_c, page.raw)
        finally:
            page.close()
        pages.append(pdf_layout.Page(width, height, pdf_chars.page_lines(clusters)))
    return pages, images


def _has_image(pdfium_c, raw_page) -> bool:
    for i in range(pdfium_c.FPDFPage_CountObjects(raw_page)):
        kind = pdfium_c.FPDFPageObj_GetType(pdfium_c.FPDFPage_GetObject(raw_page, i))
        if kind in (pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_FORM):
            return True
    return False


def _metadata(document) -> tuple[tuple[str, str], ...]:
    info = document.get_metadata_dict(skip_empty=True)
    pairs = [(key, info[name].strip()) for key, name in (("title", "Title"), ("author", "Author"))
             if info.get(name, "").strip()]
    if match := _DATE.match(info.get("CreationDate", "")):
        year, month, day, hour, minute, second = (g or d for g, d in zip(match.groups(), ("", "01", "01", "", "", "")))
        date = f"{year}-{month}-{day}"
        if hour:
            date += f"T{hour}:{minute or '00'}:{second or '00'}"
        pairs.append(("date", date))
    return tuple(pairs)
