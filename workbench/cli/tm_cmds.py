"""Translation memory commands: `workbench tm import|export|lookup|stats|add-project`.

Thin: every rule (what enters the memory, how TMX is read and written) lives in
workbench.project.memory. The memory is the user's Arabic-English one (one file per language
pair in the data folder). A refused TMX is one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser("tm", help="the translation memory (fed by every paragraph you confirm)")
    tsub = group.add_subparsers(dest="tm_command", metavar="ACTION", required=True)

    p = tsub.add_parser("import", help="add the units of a TMX file to the memory (all or nothing)")
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_import)

    p = tsub.add_parser("export", help="write the memory (or one project's confirmed units) as TMX")
    p.add_argument("output", type=Path)
    p.add_argument("-p", "--project", type=Path, default=None,
                   help="only this project's confirmed paragraphs and sentences")
    p.set_defaults(func=cmd_export)

    p = tsub.add_parser("lookup", help="matches for an Arabic text, best first")
    p.add_argument("text")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--min", dest="min_score", type=int, default=50, metavar="N",
                   help="lowest match percent shown (default 50)")
    p.add_argument("--limit", type=int, default=5, metavar="N", help="most matches shown (default 5)")
    p.add_argument("-p", "--project", type=Path, default=None,
                   help="look up for this project (units of other projects are marked)")
    p.set_defaults(func=cmd_lookup)

    p = tsub.add_parser("stats", help="what the memory holds")
    p.set_defaults(func=cmd_stats)

    p = tsub.add_parser("add-project", help="feed every confirmed paragraph of a project")
    p.add_argument("project", type=Path)
    p.set_defaults(func=cmd_add_project)


def _open(path: Path, **options):
    from workbench.cli.project_cmds import _project_path
    from workbench.project import Project

    return Project.open(_project_path(path), **options)


def cmd_import(args) -> int:
    from workbench.core.text import printable_name
    from workbench.project import memory

    added = memory.import_tmx(args.file)
    print(f"imported {printable_name(args.file)}: {added} units")
    return 0


def cmd_export(args) -> int:
    from workbench.core.text import printable_name
    from workbench.project import memory

    if args.project is None:
        out = memory.export_tmx(args.output)
    else:
        with _open(args.project, backup=False, read_only=True) as project:
            out = memory.export_tmx(args.output, project)
    print(f"wrote {printable_name(out)}")
    return 0


def cmd_lookup(args) -> int:
    from workbench.core.text import printable_text
    from workbench.project import memory

    owner = ""
    if args.project is not None:
        with _open(args.project, backup=False, read_only=True) as project:
            owner = memory.project_id(project)
    matches = memory.lookup(args.text, min_score=args.min_score, limit=args.limit, project=owner)
    records = [_record(match) for match in matches]
    if args.format == "json":
        print(json.dumps(records, ensure_ascii=False, indent=2))
        return 0
    if not records:
        print(f"no match of {args.min_score}% or more")
    for record in records:
        exact = " exact" if record["exact"] else ""
        penalties = f" [{', '.join(record['penalties'])}]" if record["penalties"] else ""
        where = ", ".join(filter(None, (record["origin"], _project(record), record["document"],
                                        record["date"], record["author"])))
        print(f"{record['score']:>3}% (raw {record['raw_score']}%){exact}{penalties} {where}")
        print(f"    ar: {printable_text(record['source'])}")
        print(f"    en: {printable_text(record['target'])}")
    return 0


def _record(match) -> dict:
    unit = match.unit
    return {
        "score": match.score, "raw_score": match.raw_score, "exact": match.exact,
        "penalties": list(match.penalties), "source": unit.source, "target": match.target,
        "origin": unit.origin, "project": unit.project, "project_name": match.project_name,
        "document": unit.document,
        "date": unit.changed or unit.created, "author": unit.author, "status": unit.status,
    }  # fmt: skip


def _project(record: dict) -> str:
    """The project's name; a project the memory knows only by its uuid, by the uuid's start."""
    if record["project_name"]:
        return f"project {record['project_name']}"
    return f"project {record['project'][:8]}" if record["project"] else ""


def cmd_stats(args) -> int:
    from workbench.project import memory

    for name, value in memory.stats().items():
        print(f"{name:<16}{value:>9}")
    return 0


def cmd_add_project(args) -> int:
    from workbench.core.text import printable_name

    with _open(args.project) as project:
        added = project.memory_feed_all()
    print(f"{printable_name(args.project)}: {added} units in the memory")
    return 0
