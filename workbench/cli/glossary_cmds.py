"""Glossary commands (`workbench glossary add|import|export|list|remove|reapply`) and the
quality checks (`workbench check`, with its CSV/HTML report). Thin: every rule lives in workbench.project."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser("glossary", help="project and user glossaries")
    gsub = group.add_subparsers(dest="glossary_command", metavar="ACTION", required=True)

    p = gsub.add_parser("add", help="add a term")
    p.add_argument("arabic")
    p.add_argument("english")
    _project(p)
    p.add_argument("--note", default="")
    p.add_argument("--forbid", action="append", default=[], metavar="TEXT",
                   help="an English rendering the check flags (repeatable)")  # fmt: skip
    p.add_argument("--exact", action="store_true", help="match whole words only (no clitics)")
    p.add_argument("--user", action="store_true", help="add to the user glossary (all projects)")
    p.set_defaults(func=cmd_add)

    p = gsub.add_parser("import", help="import a CSV, TSV or TBX file (all of it or nothing)")
    p.add_argument("file", type=Path)
    _project(p)
    p.add_argument("--user", action="store_true", help="import into the user glossary")
    p.set_defaults(func=cmd_import)

    p = gsub.add_parser("export", help="write the glossary as CSV, TSV or TBX (by extension)")
    p.add_argument("file", type=Path)
    _project(p)
    _scope(p)
    p.set_defaults(func=cmd_export)

    p = gsub.add_parser("list", help="list the terms")
    _project(p)
    _scope(p)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_list)

    p = gsub.add_parser("remove", help="remove a term (given as in the glossary)")
    p.add_argument("arabic")
    _project(p)
    p.add_argument("--user", action="store_true")
    p.set_defaults(func=cmd_remove)

    p = gsub.add_parser("reapply", help="rewrite machine and gloss drafts for the current glossary")
    _project(p)
    p.add_argument("--engine", default=None, help="engine asked how it renders terms; default: best installed")
    p.add_argument("--no-engine", action="store_true",
                   help="use only the glossary (forbidden renderings, former English terms, case)")  # fmt: skip
    p.set_defaults(func=cmd_reapply)

    p = sub.add_parser("check", help="quality checks (terminology, numbers, dates, untranslated or "
                                     "copied text, form, inline tags, spelling, bidi controls, "
                                     "consistency, names spelled two ways); exit code 1 when there "
                                     "are problems (each named document:n: and by its number in "
                                     "the project); notes about the check itself go to stderr")
    p.add_argument("project", type=Path)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--kinds", default=None, metavar="K1,K2",
                   help="run only these kinds (comma-separated; --list-kinds names them)")
    p.add_argument("--disable-kind", action="append", default=[], metavar="KIND",
                   help="switch a kind off for this project (stored in the project; repeatable)")
    p.add_argument("--enable-kind", action="append", default=[], metavar="KIND",
                   help="switch a kind back on for this project (repeatable)")
    p.add_argument("--list-kinds", action="store_true", help="print every kind and whether it is on")
    p.add_argument("--report", type=Path, default=None, metavar="OUT.csv|OUT.html",
                   help="write the issues as a CSV table or one HTML page (by the extension) "
                        "for a reviewer without the application")  # fmt: skip
    p.add_argument("--ignore-word", action="append", default=[], metavar="WORD",
                   help="add a word to the project's spelling ignore list (repeatable)")
    p.set_defaults(func=cmd_check)


def _project(p: argparse.ArgumentParser) -> None:
    p.add_argument("-p", "--project", type=Path, required=True)


def _scope(p: argparse.ArgumentParser) -> None:
    p.add_argument("--scope", choices=("all", "project", "user"), default="all",
                   help="all: the project's terms and the user's it does not override")  # fmt: skip


def _open(path: Path):
    from workbench.cli.project_cmds import _project_path
    from workbench.project import Project

    return Project.open(_project_path(path))


def cmd_add(args) -> int:
    with _open(args.project) as project:
        entry = project.add_term(
            args.arabic, args.english, note=args.note, forbidden=args.forbid,
            mode="exact" if args.exact else "smart", scope="user" if args.user else "project",
        )  # fmt: skip
    print(f"added {entry.arabic} -> {entry.english} ({entry.scope} glossary)")
    return 0


def cmd_import(args) -> int:
    with _open(args.project) as project:
        report = project.import_glossary(args.file, scope="user" if args.user else "project")
    print(f"imported {args.file}: {report.added} added, {report.updated} updated, {report.skipped} skipped")
    return 0


def cmd_export(args) -> int:
    with _open(args.project) as project:
        entries = project.glossary_entries(None if args.scope == "all" else args.scope)
        out = project.export_glossary(args.file, scope=None if args.scope == "all" else args.scope)
    print(f"wrote {out} ({len(entries)} terms)")
    return 0


def cmd_list(args) -> int:
    with _open(args.project) as project:
        entries = project.glossary_entries(None if args.scope == "all" else args.scope)
    if args.format == "json":
        rows = [
            {"arabic": e.arabic, "english": e.english, "note": e.note, "forbidden": list(e.forbidden),
             "mode": e.mode, "scope": e.scope, "id": e.id}
            for e in entries
        ]  # fmt: skip
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for e in entries:
        extra = "".join(
            [f"  [{e.mode}]" if e.mode != "smart" else "",
             f"  not: {'; '.join(e.forbidden)}" if e.forbidden else "",
             f"  ({e.scope})" if e.scope != "project" else "",
             f"  # {e.note}" if e.note else ""]
        )  # fmt: skip
        print(f"{e.arabic}\t{e.english}{extra}")
    return 0


def cmd_remove(args) -> int:
    from workbench.glossary.entries import term_key

    scope = "user" if args.user else "project"
    with _open(args.project) as project:
        matches = [e for e in project.glossary_entries(scope)
                   if term_key(e.arabic, e.mode) == term_key(args.arabic, e.mode)]  # fmt: skip
        if not matches:
            print(f"workbench: error: {args.arabic} is not in the {scope} glossary", file=sys.stderr)
            return 2
        for entry in matches:
            project.delete_term(entry)
    print(f"removed {', '.join(e.arabic for e in matches)} ({scope} glossary)")
    return 0


def cmd_reapply(args) -> int:
    """The window's re-apply (project.pipeline.reapply_glossary) with the engine the project
    translates with, asked how it renders each term; --no-engine: the glossary alone."""
    from workbench.core.errors import ModelNotInstalled
    from workbench.core.jobs import JobContext
    from workbench.project import pipeline

    with _open(args.project) as project:
        translator = None
        if not args.no_engine:
            name = pipeline.choose_engine(args.engine, pipeline.project_engine(project))
            translator = pipeline.Translator(pipeline.EngineSpec(name))
            try:
                translator.engine  # noqa: B018  (loads it: a missing model is reported here)
            except ModelNotInstalled:
                if name is not None:
                    raise
                print("no translation model installed: using the glossary's own renderings only")
                translator = None
        written = len(pipeline.reapply_glossary(project, translator, JobContext()))
    print(f"{written} drafts rewritten (machine and gloss)")
    return 0


def cmd_check(args) -> int:
    from workbench.cli.project_cmds import _project_path
    from workbench.project import Project
    from workbench.project import qa
    from workbench.qa import KINDS, parse_kinds, severity
    from workbench.qa.report import report_format

    try:
        kinds = None if args.kinds is None else parse_kinds(args.kinds)
        parse_kinds(",".join(args.disable_kind + args.enable_kind))
        if args.report is not None:
            report_format(args.report)
    except ValueError as exc:
        known = f" (known: {', '.join(KINDS)})" if "kind" in str(exc) else ""
        print(f"workbench: error: {exc}{known}", file=sys.stderr)
        return 2
    with Project.open(_project_path(args.project)) as project:
        for kind in args.disable_kind:
            qa.set_kind_enabled(project, kind, False)
        for kind in args.enable_kind:
            qa.set_kind_enabled(project, kind, True)
        for word in args.ignore_word:
            try:
                qa.ignore_word(project, word)
            except ValueError as exc:
                print(f"workbench: error: {exc}", file=sys.stderr)
                return 2
        if args.list_kinds:
            off = qa.disabled_kinds(project)
            for kind, text in KINDS.items():
                print(f"{kind}\t{'off' if kind in off else 'on'}\t{text}")
            return 0
        problems = qa.run_checks(project, kinds)
        if args.report is not None:
            qa.write_qa_report(project, problems, args.report)
    notes = [p for p in problems if severity(p) == "info"]  # about the check, not the text
    problems = [p for p in problems if severity(p) != "info"]
    for p in notes:
        print(f"workbench: note: {p.kind}: {p.message}", file=sys.stderr)
    if args.report is not None:
        print(f"wrote {args.report} ({len(problems)} issue(s))")
    elif args.format == "json":
        # "paragraph" is the number within the document; "number" the project-wide one. Term
        # problems keep their fields (term, english, detail, span); the others carry "message".
        print(json.dumps([p.as_dict() for p in problems], ensure_ascii=False, indent=2))
    else:
        for p in problems:
            # "document:n:" as compilers write "file:line:"; then the number `show` and the
            # window use, counted over the whole project.
            if p.kind in ("term-missing", "term-forbidden"):
                found = f" (found {p.detail!r})" if p.kind == "term-forbidden" else ""
                print(f"{p.document}:{p.position}: paragraph {p.number}: {p.kind}: {p.term} -> "
                      f"{p.english}{found}")
            elif p.number == 0:
                print(f"glossary: {p.kind}: {p.message}")
            else:
                print(f"{p.document}:{p.position}: paragraph {p.number}: {p.kind}: {p.message}")
    return 1 if problems else 0
