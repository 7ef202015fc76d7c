"""One entry point for every export, and the table of formats and layouts the CLI and the
window list as choices.

Every export is written to a temporary file and renamed over `out` (formats.atomic): a crash
or an error never leaves half a file, and an existing file is replaced only by a complete one.
Each writes while it generates (paragraph by paragraph, a megabyte at a time), so time and
memory grow linearly with the book (bench/bench_scale.py).
Pure functions over core types: run them on a worker lane, never on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from workbench.core.errors import ExportError
from workbench.core.model import Paragraph


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """A file format: its name on the command line, file suffix, and layouts (first = default)."""

    name: str
    suffix: str
    description: str
    layouts: tuple[tuple[str, str], ...]  # (layout, description)

    @property
    def layout_names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.layouts)

    @property
    def default_layout(self) -> str:
        return self.layouts[0][0]


FORMATS: dict[str, ExportFormat] = {
    "docx": ExportFormat(
        "docx",
        ".docx",
        "Word document (opens in Word and LibreOffice)",
        (
            ("table", "bilingual table: segment id | source | target | status"),
            ("alternate", "bilingual: each source paragraph followed by its translation"),
            ("target", "translation only"),
        ),
    ),
    "md": ExportFormat(
        "md",
        ".md",
        "Markdown",
        (
            ("blocks", "bilingual: each source block (right-to-left) followed by its translation"),
            ("table", "bilingual two-column table"),
            ("target", "translation only"),
        ),
    ),
    "txt": ExportFormat("txt", ".txt", "plain text (UTF-8)", (("target", "translation only"),)),
    "tmx": ExportFormat("tmx", ".tmx", "TMX 1.4 translation memory",
                        (("paragraphs", "one unit per paragraph a person confirmed"),)),
    "xliff": ExportFormat("xliff", ".xlf", "XLIFF 1.2 (for other CAT tools; comes back with "
                          "workbench merge)", (("units", "one unit per paragraph"),)),
    "xliff2": ExportFormat("xliff2", ".xliff", "XLIFF 2.0 (for other CAT tools; comes back with "
                           "workbench merge)", (("units", "one unit per paragraph"),)),
    "review": ExportFormat("review", ".docx", "Review DOCX (a reviewer edits the English in Word "
                           "or LibreOffice; comes back with workbench merge)",
                           (("rows", "one table row per paragraph: id | status | source | "
                                     "target | comment"),)),
}
# Names users reach for that mean an existing format or layout.
FORMAT_ALIASES = {"markdown": "md", "word": "docx", "text": "txt"}
LAYOUT_ALIASES = {"md": {"alternate": "blocks"}}


def resolve(fmt: str, layout: str | None = None) -> tuple[ExportFormat, str]:
    """The format and layout named (layout None = the format's default). ExportError, listing
    the valid choices, when either is unknown."""
    key = fmt.strip().lower().lstrip(".")
    key = FORMAT_ALIASES.get(key, key)
    if key not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    spec = FORMATS[key]
    if layout is None or not layout.strip():
        return spec, spec.default_layout
    name = layout.strip().lower()
    name = LAYOUT_ALIASES.get(key, {}).get(name, name)
    if name not in spec.layout_names:
        choices = ", ".join(spec.layout_names)
        raise ExportError(f"unknown layout {layout!r} for {key}; choose one of: {choices}")
    return spec, name


def format_for_path(path: Path | str) -> str | None:
    """The format a file name's suffix suggests ("out.md" -> "md"), or None."""
    suffix = Path(path).suffix.lower()
    if suffix == ".markdown":
        return "md"
    return next((spec.name for spec in FORMATS.values() if spec.suffix == suffix), None)


_SQLITE_MAGIC = b"SQLite format 3\x00"


def _refuse_database(out: Path) -> None:
    try:
        with out.open("rb") as handle:
            head = handle.read(len(_SQLITE_MAGIC))
    except OSError:
        return  # nothing there (or unreadable): the writer reports its own errors
    if head == _SQLITE_MAGIC:
        raise ExportError(f"{out} is a project or database file; choose another output name "
                          "(it was not changed)")


def export(
    paragraphs: Iterable[Paragraph],
    out: Path | str,
    fmt: str,
    layout: str | None = None,
    *,
    title: str = "",
    source_lang: str = "ar",
    target_lang: str = "en",
    comments: bool = True,
    project_id: str = "",  # XLIFF and review: the project identity merge checks
    statuses: Iterable[str] | str | None = None,  # review: only these statuses (None: all)
) -> Path:
    """Write `paragraphs` (in the order given) to `out` as `fmt` in `layout`; return the path.

    `comments`: the paragraphs' comments go with them (DOCX: Word comments; Markdown: a note
    under the paragraph). Plain text is the translation alone and never carries them.
    Refuses to replace a database (a project or glossary file): a slip in the output name must
    never cost a whole project.
    `statuses` chooses the paragraphs of a review file ("machine,edited" or names; None: all);
    other formats refuse it.
    """
    spec, layout = resolve(fmt, layout)
    if statuses is not None and spec.name != "review":
        raise ExportError(f"choosing statuses works for the review format only, not {spec.name}")
    _refuse_database(Path(out))
    options = {"title": title, "source_lang": source_lang, "target_lang": target_lang}
    if spec.name == "docx":
        from workbench.formats.docx_export import export_docx

        return export_docx(paragraphs, out, layout=layout, comments=comments, **options)
    if spec.name == "review":  # comments go in their own column, always
        from workbench.formats.review_export import export_review

        return export_review(paragraphs, out, project_id=project_id, statuses=statuses, **options)
    if spec.name == "md":
        from workbench.formats.markdown_export import export_markdown

        return export_markdown(paragraphs, out, layout=layout, comments=comments, **options)
    if spec.name in ("xliff", "xliff2"):
        from workbench.formats.xliff_export import export_xliff

        return export_xliff(paragraphs, out, version="1.2" if spec.name == "xliff" else "2.0",
                            comments=comments, project_id=project_id, **options)
    if spec.name == "tmx":
        from workbench.formats.tmx_io import export_paragraphs

        return export_paragraphs(paragraphs, out, source_lang=source_lang, target_lang=target_lang)
    from workbench.formats.txt_export import export_txt

    return export_txt(paragraphs, out, **options)
