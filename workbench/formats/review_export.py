"""The review DOCX (issue 14): a file a reviewer without the workbench edits in Word or
LibreOffice (tracked changes and comments welcome) and sends back for `workbench merge`.

The file structure is a contract with the reader (project merge of review files):
- docProps/custom.xml: "WorkbenchProject" (the project's uuid), "WorkbenchExported" (UTC,
  "2026-12-07T10:45:00Z"), "WorkbenchFormat" ("review-1"), "WorkbenchStatuses" (the statuses
  exported, comma-separated, in Status order). The title paragraph repeats the first two in a
  small grey line, "Workbench review · project <uuid> · exported <time>", for editors that drop
  custom properties.
- The body's first (and only) table: a header row (`w:tblHeader`), then one row per exported
  paragraph in project order, five cells: 0 the paragraph id (decimal digits only), 1 the status
  value, 2 the source (w:bidi paragraph, w:rtl runs, Arabic language tag), 3 the target, the one
  column to edit ("\\n" is a w:br; empty when untranslated), 4 the paragraph's comment (plain
  text, or an empty paragraph). Source and target keep their inline formatting (bold runs,
  hyperlinks) but no tag characters and no note numbers, so their text reads back as the
  project's words (merge puts the tags back: mt.tags.retag).
- Code and paragraphs never translated are left out; so are paragraphs whose status was not asked for.
Rows are shaded by status; A4 landscape. The rows are XML text streamed into the package
(docx_package_export), so time and memory grow linearly with the number of paragraphs.
Pure functions over core types: any thread may call them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path

from workbench.core.errors import ExportError
from workbench.core.model import Paragraph, Status
from workbench.formats import docx_xml_export as xml
from workbench.formats import prepare_export as prep
from workbench.formats import review_page_export as page
from workbench.formats.atomic import atomic_write
from workbench.formats.docx_body_export import BodyWriter
from workbench.formats.docx_export import DocxStyle
from workbench.formats.docx_package_export import needs_zip64, write_package
from workbench.formats.docx_page_export import new_document
from workbench.formats.docx_xml_export import Par

FORMAT_VERSION = "review-1"
# Light fills that still read on a printed page; an untranslated row has none.
STATUS_FILLS = {
    Status.UNTRANSLATED: "",
    Status.MACHINE: "DEEAF6",  # light blue
    Status.GLOSS: "E8E0F4",  # light purple
    Status.MEMORY: "D9F0EC",  # light teal
    Status.EDITED: "FFEFC7",  # light amber
    Status.REVIEWED: "DDF3F8",  # light cyan
    Status.APPROVED: "E2F0D9",  # light green
}
PROPERTIES = ("WorkbenchProject", "WorkbenchExported", "WorkbenchFormat", "WorkbenchStatuses")


def parse_statuses(statuses: Iterable[str] | str | None) -> tuple[Status, ...]:
    """The statuses asked for ("machine,edited" or an iterable of names), in Status order;
    None means all. ExportError names an unknown status and lists the valid ones."""
    if statuses is None:
        return tuple(Status)
    names = statuses.split(",") if isinstance(statuses, str) else list(statuses)
    chosen = set()
    for name in (str(n).strip().lower() for n in names):
        if not name:
            continue
        try:
            chosen.add(Status(name))
        except ValueError:
            raise ExportError(f"unknown status {name!r}; choose from: "
                              f"{', '.join(s.value for s in Status)}") from None  # fmt: skip
    if not chosen:
        raise ExportError(f"no status chosen; choose from: {', '.join(s.value for s in Status)}")
    return tuple(s for s in Status if s in chosen)


def utc_stamp(moment: dt.datetime | None = None) -> str:
    """ISO 8601 UTC to the millisecond, "2026-12-07T10:45:00.123Z": the merge tells an edit made
    just after the export from one made just before it (revisions are stamped to the ms)."""
    moment = moment or dt.datetime.now(dt.UTC)
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def export_review(
    paragraphs: Iterable[Paragraph],
    out: Path | str,
    *,
    title: str = "",
    source_lang: str = "ar",
    target_lang: str = "en",
    project_id: str = "",
    statuses: Iterable[str] | str | None = None,
    exported: dt.datetime | None = None,
    style: DocxStyle = DocxStyle(),
) -> Path:
    """Write the review DOCX of `paragraphs` (in the order given) atomically; return its path."""
    chosen = parse_statuses(statuses)
    stamp = utc_stamp(exported)
    rows = [p for p in paragraphs if p.translatable and not prep.is_code(p) and p.status in chosen]
    doc = new_document(style, title, source_lang, target_lang, landscape=True)
    page.add_custom_properties(doc, dict(zip(PROPERTIES, (
        project_id, stamp, FORMAT_VERSION, ",".join(s.value for s in chosen)), strict=True)))
    page.add_heading(doc, prep.clean(title), page.identity_line(project_id, stamp))
    labels = [("ID", "do not edit"), ("Status", "do not edit"),
              (prep.language_name(source_lang), "source"),
              (prep.language_name(target_lang), "edit this column"), ("Comment", "")]
    widths = page.add_table(doc, labels)
    writer = BodyWriter(doc, style, source_lang, target_lang, None)
    writer.note_numbers = False  # a note's number would come back as a word of the text
    writer.relate(rows)  # links: their relationships go into the skeleton first
    body = _rows(rows, widths, writer)
    chars = sum(len(p.source) + len(p.target) + len(p.comment) for p in rows)
    with atomic_write(out) as stream:
        write_package(doc, body, True, stream, None, needs_zip64(len(rows), chars))
    return Path(out)


def _rows(paragraphs: list[Paragraph], widths: list[int], writer: BodyWriter) -> Iterator[str]:
    locked = xml.rpr(rtl=False, language="en", size_pt=8, color=page.GREY, no_proof=True)
    for paragraph in paragraphs:
        fill = STATUS_FILLS.get(paragraph.status, "")
        source = writer.text(Par(), prep.tagged_source(paragraph), writer.source_lang, None, paragraph)
        target = writer.text(Par(), prep.bilingual_target(paragraph, tags=True), writer.target_lang,
                             None, paragraph)
        note = prep.clean(paragraph.comment)
        language = writer.source_lang if prep.starts_rtl(note) else writer.target_lang
        comment = writer.text(Par(), note, language, 9)
        cells = (
            _cell(widths[0], page.LOCKED_FILL, Par(runs=xml.run(str(paragraph.id), locked))),
            _cell(widths[1], page.LOCKED_FILL, Par(runs=xml.run(paragraph.status.value, locked))),
            _cell(widths[2], fill, source),
            _cell(widths[3], fill, target),
            _cell(widths[4], fill, comment),
        )
        yield f"<w:tr>{''.join(cells)}</w:tr>"


def _cell(width: int, fill: str, par: Par) -> str:
    shading = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
    return f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/>{shading}</w:tcPr>{par.xml()}</w:tc>'

