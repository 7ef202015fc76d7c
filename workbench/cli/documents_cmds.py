"""`workbench documents PROJECT`: the documents of a project; `workbench remove-document PROJECT
NAME`: remove one (a rolling backup holding it is made first, and the command says where)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("documents", help="list the documents of a project")
    p.add_argument("project", type=Path)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_documents)

    p = sub.add_parser("remove-document", help="remove a document and its paragraphs (a backup "
                                               "holding them is made first)")
    p.add_argument("project", type=Path)
    p.add_argument("name", metavar="NAME", help="the document's name, or #ID (see documents)")
    p.set_defaults(func=cmd_remove)


def cmd_documents(args) -> int:
    from workbench.cli.project_cmds import _project_path
    from workbench.core.text import printable_name
    from workbench.project import Project

    with Project.open(_project_path(args.project), backup=False) as project:
        documents = project.documents()
    if args.format == "json":
        print(json.dumps([{"id": d.id, "name": d.name, "format": d.format, "imported_at": d.imported_at,
                           "paragraphs": d.paragraph_count, "metadata": dict(d.metadata)}
                          for d in documents], ensure_ascii=False, indent=2))
        return 0
    for d in documents:
        meta = dict(d.metadata)
        extra = " · ".join(v for k in ("title", "author", "date") if (v := meta.get(k)))
        print(f"#{d.id}  {printable_name(d.name)}  ({d.format}, {d.paragraph_count} paragraphs, "
              f"imported {d.imported_at[:16].replace('T', ' ')})" + (f"  {extra}" if extra else ""))
    if not documents:
        print("no documents")
    return 0


def cmd_remove(args) -> int:
    from workbench.cli.project_cmds import _project_path
    from workbench.core.text import printable_name
    from workbench.project import Project
    from workbench.project.documents import remove_document

    with Project.open(_project_path(args.project)) as project:
        document, backup = remove_document(project, args.name)
    print(f"removed {printable_name(document.name)} ({document.paragraph_count} paragraphs); "
          f"they are kept in the backup {backup}")
    print(f"to bring them back: workbench backups restore {args.project} {backup}")
    return 0
