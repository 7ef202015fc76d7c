"""One entry point for every export, and the table of formats and layouts the CLI and the
window list as choices.

A layout the format does not have is an error naming the format's layouts (never a silent
fallback to another layout), and an output name whose extension belongs to no file of the
format ("report.txt" for Markdown) is refused unless the caller forces it: a file that other
tools open by its extension must be what the extension says. A name without an extension
contradicts nothing and is written as given.

Every export is written to a temporary file and renamed over `out` (formats.atomic): a crash
or an error never leaves half a file, and an existing file is replaced only by a complete one.
Each writes while it generates (paragraph by paragraph, a megabyte at a time), so time and
memory grow linearly with the book (bench/bench_scale.py).
Pure functions over core types: run them on a worker lane, never on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from workbench.core.errors import ExportError
from workbench.core.model import Paragraph


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """A file format: its name on the command line, file suffix, and layouts (first = default).
    `extensions`: every suffix its files may have (`suffix`, the one suggested, among them)."""

    name: str
    suffix: str
    description: str
    layouts: tuple[tuple[str, str], ...]  # (layout, description)
    extensions: tuple[str, ...] = ()

    @property
    def suffixes(self) -> tuple[str, ...]:
        return (self.suffix, *(e for e in self.extensions if e != self.suffix))

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
            ("translated", "the source DOCX itself, in English (its styles, tables, headers, "
                           "footnotes kept; one document)"),
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
            ("translated", "a Markdown source in English: its headings, lists, quotes, code and "
                           "inline formatting (one document)"),
        ),
        (".md", ".markdown"),
    ),
    "txt": ExportFormat("txt", ".txt", "plain text (UTF-8)", (("target", "translation only"),),
                        (".txt", ".text")),
    "tmx": ExportFormat("tmx", ".tmx", "TMX 1.4 translation memory",
                        (("paragraphs", "one unit per paragraph a person confirmed"),)),
    "xliff": ExportFormat("xliff", ".xlf", "XLIFF 1.2 (for other CAT tools; comes back with "
                          "workbench merge)", (("units", "one unit per paragraph"),), (".xlf", ".xliff")),
    "xliff2": ExportFormat("xliff2", ".xliff", "XLIFF 2.0 (for other CAT tools; comes back with "
                           "workbench merge)", (("units", "one unit per paragraph"),), (".xliff", ".xlf")),
    "review": ExportFormat("review", ".docx", "Review DOCX (a reviewer edits the English in Word "
                           "or LibreOffice; comes back with workbench merge)",
                           (("rows", "one table row per paragraph: id | status | source | "
                                     "target | comment"),)),
    "odt": ExportFormat(
        "odt",
        ".odt",
        "OpenDocument text (LibreOffice, Word)",
        (("translated", "the source ODT itself, in English (its styles, lists, tables, notes "
                        "kept; one document)"),),
    ),
    "html": ExportFormat(
        "html",
        ".html",
        "web page",
        (("translated", "an imported web page's article in English (headings, lists, quotes, "
                        "tables, links; one document)"),),
        (".html", ".htm"),
    ),
}
# Layouts written from the project itself (one document, in the format it was imported from;
# DOCX and ODT rebuilt from the source file the project keeps), not from a list of paragraphs:
# project.translated writes them; `export` refuses them.
PROJECT_LAYOUTS = frozenset({("docx", "translated"), ("odt", "translated"), ("html", "translated"),
                             ("md", "translated")})
# Names users reach for that mean an existing format.
FORMAT_ALIASES = {"markdown": "md", "word": "docx", "text": "txt", "htm": "html"}


class OutputNameMismatch(ExportError):
    """The output name's extension is not one of the format's; nothing was written.
    `how_to_force` ends the message: each caller names its own way to insist."""

    def __init__(self, path: Path, fmt: str, suffixes: tuple[str, ...],
                 how_to_force: str = "force the export") -> None:
        self.path, self.fmt, self.suffixes = path, fmt, suffixes
        super().__init__(f"{path.name}: a {fmt} export is named *{' or *'.join(suffixes)}, not "
                         f"*{path.suffix} (nothing was written); choose such a name, or "
                         f"{how_to_force} to keep this one")


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
    if name not in spec.layout_names:
        choices = ", ".join(spec.layout_names)
        raise ExportError(f"layout {layout!r} does not apply to {key}; the layouts of {key} are: "
                          f"{choices}")
    return spec, name


def format_for_path(path: Path | str) -> str | None:
    """The format a file name's suffix suggests ("out.md" -> "md"), or None."""
    suffix = Path(path).suffix.lower()
    by_suffix = {s.suffix: s.name for s in reversed(FORMATS.values())}  # first format wins
    also = {e: s.name for s in reversed(FORMATS.values()) for e in s.suffixes}
    return by_suffix.get(suffix) or also.get(suffix)


def name_fits(path: Path | str, fmt: str) -> bool:
    """True when `path` has no extension or one of the format's ("report.MD" fits md)."""
    suffix = Path(path).suffix.lower()
    return not suffix or suffix in resolve(fmt)[0].suffixes


def fitting_name(path: Path | str, fmt: str) -> Path:
    """`path` unchanged when it fits `fmt`; else with the format's suffix in place of another
    export format's ("a.txt" -> "a.md") or after an unrelated one ("a.v2" -> "a.v2.md")."""
    path, spec = Path(path), resolve(fmt)[0]
    if name_fits(path, fmt) and path.suffix:
        return path
    if format_for_path(path) is not None:
        return path.with_suffix(spec.suffix)
    return path.with_name(path.name + spec.suffix)


def check_name(path: Path | str, fmt: str) -> None:
    """OutputNameMismatch when the extension of `path` contradicts `fmt`."""
    if not name_fits(path, fmt):
        raise OutputNameMismatch(Path(path), resolve(fmt)[0].name, resolve(fmt)[0].suffixes)


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
    force: bool = False,  # write even when the name's extension is not the format's
    documents: Mapping[int, str] | None = None,  # id -> name: with several, each one's start marked
) -> Path:
    """Write `paragraphs` (in the order given) to `out` as `fmt` in `layout`; return the path.

    `comments`: the paragraphs' comments go with them (DOCX: Word comments; Markdown: a note
    under the paragraph). Plain text is the translation alone and never carries them.
    Refuses to replace a database (a project or glossary file): a slip in the output name must
    never cost a whole project.
    `statuses` chooses the paragraphs of a review file ("machine,edited" or names; None: all);
    other formats refuse it.
    OutputNameMismatch (nothing written) when the extension of `out` is not the format's,
    unless `force`.
    """
    spec, layout = resolve(fmt, layout)
    if not force:
        check_name(out, spec.name)
    if statuses is not None and spec.name != "review":
        raise ExportError(f"choosing statuses works for the review format only, not {spec.name}")
    _refuse_database(Path(out))
    options = {"title": title, "source_lang": source_lang, "target_lang": target_lang}
    if (spec.name, layout) in PROJECT_LAYOUTS:
        raise ExportError("the translated layout writes one document of a project in the format "
                          "it was imported from: export it from the project (Project.export)")
    if spec.name == "docx":
        from workbench.formats.docx_export import export_docx

        return export_docx(paragraphs, out, layout=layout, comments=comments, documents=documents,
                           **options)
    if spec.name == "review":  # comments go in their own column, always
        from workbench.formats.review_export import export_review

        return export_review(paragraphs, out, project_id=project_id, statuses=statuses, **options)
    if spec.name == "md":
        from workbench.formats.markdown_export import export_markdown

        return export_markdown(paragraphs, out, layout=layout, comments=comments,
                               documents=documents, **options)
    if spec.name in ("xliff", "xliff2"):
        from workbench.formats.xliff_export import export_xliff

        return export_xliff(paragraphs, out, version="1.2" if spec.name == "xliff" else "2.0",
                            comments=comments, project_id=project_id, **options)
    if spec.name == "tmx":
        from workbench.formats.tmx_io import export_paragraphs

        return export_paragraphs(paragraphs, out, source_lang=source_lang, target_lang=target_lang)
    from workbench.formats.txt_export import export_txt

    return export_txt(paragraphs, out, documents=documents, **options)
