"""Project commands: new, import, translate, export, status, and the built-in demo."""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from workbench.core.model import Status
from workbench.project.pipeline import ENGINE_SETTING  # noqa: F401  (models_cmds: `models default`)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("new", help="create an empty project file")
    p.add_argument("project", type=Path)
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("import", help="import a document (TXT, Markdown, DOCX, ODT, HTML, PDF) "
                                      "into a project; '-' reads text from standard input")
    p.add_argument("source", type=Path, help="the file, or - for standard input")
    p.add_argument("--name", default=None, help="the document's name for text from standard input")
    p.add_argument("-p", "--project", type=Path, required=True)
    p.add_argument("--again", action="store_true",
                   help="import a document whose name is already in the project once more")
    p.add_argument("--memory", action="store_true",
                   help="fill the new paragraphs from the translation memory (exact matches)")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("translate", help="fill machine drafts for paragraphs nobody has edited")
    p.add_argument("project", type=Path)
    p.add_argument(
        "--engine",
        default=None,
        help="argos[:NAME], marian[:NAME] or gloss; default: the project's (workbench models "
        "default), else the best installed model",
    )
    p.add_argument("--only-untranslated", action="store_true", help="leave existing drafts alone")
    p.add_argument("--memory", action="store_true",
                   help="fill from the translation memory first; the engine does the rest")
    p.add_argument("--memory-only", action="store_true",
                   help="fill from the translation memory only (no engine is loaded)")
    p.add_argument("--memory-threshold", type=_percent, default=100, metavar="PERCENT",
                   help="lowest match taken from the memory, 50-100 (default 100: exact only)")
    speed = p.add_mutually_exclusive_group()
    speed.add_argument("--beam", type=int, default=None, metavar="N", help="beam size (default 4)")
    speed.add_argument("--fast", action="store_true", help="fast draft: greedy decoding (beam 1)")
    p.add_argument("--threads", type=int, default=None, metavar="N", help="CPU threads (default: all)")
    p.add_argument("--compute-type", choices=("int8", "float32", "auto"), default=None)
    p.set_defaults(func=cmd_translate)

    p = sub.add_parser("export", help="write a bilingual or target-only file")
    p.add_argument("project", type=Path)
    p.add_argument("--format", dest="fmt", required=True,
                   help="docx, md, txt, tmx (the paragraphs a person confirmed), xliff, xliff2, "
                        "review (a DOCX table a reviewer edits in Word; comes back with merge), "
                        "odt or html (--layout translated)")
    p.add_argument("--layout", default=None,
                   help="docx: table|alternate|target|translated; md: blocks|table|target|"
                        "translated; odt, html: translated (translated: one document in English, "
                        "in the format it was imported from)")
    p.add_argument("--document", default=None, metavar="NAME",
                   help="that document only (its name, or #ID: see 'workbench documents')")
    p.add_argument("-o", "--output", type=Path, required=True,
                   help="the file to write; its extension must be the format's (.docx, .md, .txt, "
                        ".tmx, .xlf/.xliff, .odt, .html) unless --force")
    p.add_argument("--force", action="store_true",
                   help="write the file even when its extension is not the format's")
    p.add_argument("--keep-bidi-controls", action="store_true",
                   help="keep bidi embeddings, overrides and isolates (U+202A-E, U+2066-9) in the "
                        "text; by default they are taken out: they can reorder what a reader sees")
    p.add_argument("--no-comments", dest="comments", action="store_false",
                   help="leave the paragraphs' comments out (by default DOCX has them as Word "
                        "comments, Markdown as a note under the paragraph)")  # fmt: skip
    p.add_argument("--statuses", default=None, metavar="LIST",
                   help="review: only paragraphs with these statuses, comma-separated (e.g. "
                        f"machine,edited; default: all of {','.join(s.value for s in Status)})")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("status", help="paragraph counts by status (--words: Arabic words and "
                                      "characters too, per document)")
    p.add_argument("project", type=Path)
    p.add_argument("--words", action="store_true",
                   help="per document: paragraphs, Arabic words and characters by status")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("demo", help="build the sample project, translate it and export it")
    p.add_argument("--out", type=Path, default=None, help="folder for the exported files")
    p.set_defaults(func=cmd_demo)


def _percent(value: str) -> int:
    from workbench.project.pretranslate import check_threshold

    try:
        return check_threshold(int(value))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"the memory threshold is a percent from 50 to 100, not {value!r}") from exc


def _project_path(path: Path) -> Path:
    from workbench.paths import PROJECT_SUFFIX

    return path if path.suffix else path.with_suffix(PROJECT_SUFFIX)


def cmd_new(args) -> int:
    from workbench.project import Project

    path = _project_path(args.project)
    Project.create(path).close()
    print(f"created {path}")
    return 0


def cmd_import(args) -> int:
    from workbench.core.text import printable_name
    from workbench.project import Project

    with Project.open(_project_path(args.project)) as project:
        if str(args.source) == "-":
            import sys

            from workbench.project.documents import import_bytes

            doc = import_bytes(project, sys.stdin.buffer.read(), args.name)
        else:
            doc = project.import_document(args.source, again=args.again)
        print(f"imported {printable_name(doc.name)}: {doc.paragraph_count} paragraphs")
        if args.memory:
            print(f"{_fill_from_memory(project, 100)} paragraphs filled from the translation memory")
    return 0


def _fill_from_memory(project, threshold: int) -> int:
    from workbench.cli.progress import ProgressBar
    from workbench.project import pipeline

    bar = ProgressBar("translation memory")
    try:
        return pipeline.translate(project, pipeline.Translator(), bar.context(),
                                  memory_threshold=threshold, machine=False)
    finally:
        bar.finish()


def translate_project(
    project, engine_name: str | None, only_untranslated: bool, memory_threshold: int | None = None,
    counts: Counter | None = None, **options
) -> tuple[int, str]:
    """Shared by `translate` and `demo`: returns (drafts written, engine description).
    The engine: `engine_name`, else the project's own, else the best installed model
    (pipeline.choose_engine, the window's rule too). `options` are the engine's speed options
    (beam_size, compute_type, threads). `memory_threshold`: the memory fills what it can
    first; `counts` gets the drafts written by status."""
    from workbench.cli.progress import ProgressBar
    from workbench.project import pipeline

    name = pipeline.choose_engine(engine_name, pipeline.project_engine(project))
    translator = pipeline.Translator(pipeline.EngineSpec(name, options))
    engine = translator.engine
    bar = ProgressBar(f"translating ({engine.name})")
    try:
        written = pipeline.translate(project, translator, bar.context(),
                                     only_untranslated=only_untranslated,
                                     memory_threshold=memory_threshold, counts=counts)
    finally:
        bar.finish()
    return written, f"{engine.name} {engine.model}".strip()


def cmd_translate(args) -> int:
    from workbench.project import Project

    threshold = args.memory_threshold if args.memory or args.memory_only else None
    with Project.open(_project_path(args.project)) as project:
        if args.memory_only:
            print(f"{_fill_from_memory(project, threshold)} paragraphs filled from the "
                  f"translation memory")
            return 0
        counts: Counter = Counter()
        written, engine = translate_project(
            project,
            args.engine,
            args.only_untranslated,
            memory_threshold=threshold,
            counts=counts,
            beam_size=1 if args.fast else args.beam,
            threads=args.threads,
            compute_type=args.compute_type,
        )
    memory = counts[Status.MEMORY]
    if threshold is not None:
        print(f"{memory} paragraphs filled from the translation memory")
    print(f"{written - memory} paragraphs translated with {engine}")
    return 0


def cmd_export(args) -> int:
    from workbench.formats.exporters import OutputNameMismatch, resolve
    from workbench.project import Project

    spec, layout = resolve(args.fmt, args.layout)  # odt and html have only "translated"
    translated = layout == "translated"
    from workbench.formats.prepare_export import keeping_bidi_controls

    with Project.open(_project_path(args.project)) as project, keeping_bidi_controls(args.keep_bidi_controls):
        try:
            if translated:
                from workbench.formats.exporters import check_name
                from workbench.project.translated import export_translated

                if not args.force:
                    check_name(args.output, spec.name)
                report = export_translated(project, args.output, args.document, spec.name)
                out = report.path
            else:
                out = project.export(args.output, args.fmt, args.layout, comments=args.comments,
                                     statuses=args.statuses, force=args.force,
                                     document=args.document)
        except OutputNameMismatch as exc:
            raise OutputNameMismatch(exc.path, exc.fmt, exc.suffixes, "add --force") from None
    from workbench.core.text import printable_name

    print(f"wrote {printable_name(out)}")
    if translated:
        print(f"{report.translated} paragraphs in English; {report.untranslated} not translated yet "
              f"(left in Arabic)")
    return 0


def format_counts(counts) -> list[str]:
    return [f"{status.value:<13}{counts[status]:>7}" for status in Status] + [
        f"{'total':<13}{counts.total:>7}"
    ]


def cmd_status(args) -> int:
    from workbench.project import Project

    if args.words or args.format == "json":
        return _status_words(args)
    with Project.open(_project_path(args.project)) as project:
        counts = project.status_counts()
        docs = project.documents()
    for doc in docs:
        print(f"document {doc.name} ({doc.format}, {doc.paragraph_count} paragraphs)")
    print("\n".join(format_counts(counts)))
    return 0


def _status_words(args) -> int:
    """Per document and in all: paragraphs / words / characters by status (project.progress)."""
    import json

    from workbench.project import Project
    from workbench.project.progress import progress

    with Project.open(_project_path(args.project), backup=False) as project:
        documents, whole = progress(project)
    if args.format == "json":
        print(json.dumps({"documents": [d.as_dict() for d in documents], "total": whole.as_dict()},
                         ensure_ascii=False, indent=2))
        return 0
    from workbench.core.text import printable_name

    for tally in [*documents, whole]:
        name = "all documents" if tally is whole else printable_name(tally.name)
        print(f"{name}: {tally.total('paragraphs')} paragraphs, {tally.total()} words, "
              f"{tally.total('chars')} characters; reviewed or approved: {tally.done()} words")
        for status in Status:
            if tally.paragraphs[status]:
                print(f"  {status.value:<13}{tally.paragraphs[status]:>7} paragraphs"
                      f"{tally.words[status]:>9} words{tally.chars[status]:>10} characters")
    return 0


def cmd_demo(args) -> int:
    from workbench.project.demo import build_demo

    result = build_demo(args.out)
    print(f"project:  {result.project}")
    print(f"engine:   {result.engine}")
    for path in result.exports:
        print(f"exported: {path}")
    return 0
