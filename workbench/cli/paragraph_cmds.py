"""Paragraph commands: `workbench show PROJECT [--paragraph N]` and `workbench edit PROJECT N TEXT`,
so scripts can read and correct single paragraphs between import, translate and export.

Paragraphs are numbered from 1 in project order (documents in import order), as the window's
rows are; the stable id is printed beside the number because numbers move when a document is
imported in front of a script's next run, ids never do. An edit is saved exactly as the window
saves one (Project.save_target / set_status / set_comment): a new revision is appended and the
machine draft stays in the history.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from workbench.core import inline
from workbench.core.model import Paragraph, Status

# The statuses a person gives; machine/gloss/untranslated belong to engines and imports.
PERSON_STATUSES = (Status.EDITED, Status.REVIEWED, Status.APPROVED)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("show", help="print paragraphs: number, id, kind, status, Arabic, English")
    p.add_argument("project", type=Path)
    p.add_argument("--paragraph", type=int, default=None, metavar="N",
                   help="only paragraph N (numbered from 1 in project order)")  # fmt: skip
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--flagged", action="store_true",
                   help="only machine drafts the model was least sure of (its lowest tenth)")
    p.add_argument("--sort", choices=("project", "confidence"), default="project",
                   help="confidence: the least sure machine drafts first")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("edit", help="save a person's English for paragraph N (a new revision)")
    p.add_argument("project", type=Path)
    p.add_argument("number", type=int, metavar="N", help="paragraph number, from 1 (see show)")
    p.add_argument("text", metavar="TEXT", help="the English text; '-' reads it from stdin")
    p.add_argument("--status", choices=[s.value for s in PERSON_STATUSES], default=None,
                   help="mark it (default: edited if the text changes, else kept)")  # fmt: skip
    p.add_argument("--comment", default=None, help="the paragraph's comment ('' clears it)")
    p.add_argument("--no-propagate", dest="propagate", action="store_false",
                   help="a confirmed text does not fill the drafts repeating its Arabic")
    p.add_argument("--author", default=None, metavar="NAME",
                   help="whose edit the history names (default: this account's full name)")
    p.set_defaults(func=cmd_edit)


def as_record(number: int, p: Paragraph, document: str, flag=None) -> dict:
    """One paragraph for `show --format json`; the keys are a stable interface for scripts."""
    return _confidence(p, flag) | {
        "number": number,
        "id": p.id,
        "document": document,
        "kind": p.kind.value,
        "status": p.status.value,
        "translatable": p.translatable,
        "source": p.source,
        "target": inline.visible(p.target),  # tags spelled {1} {/1} {1/}, as `edit` reads them
        "engine": p.engine,
        "model": p.model,
        "comment": p.comment,
    } | ({"source_tagged": inline.visible(inline.tagged(p.source, p.marks)),
          "tags": [{"number": m.number, "kind": m.kind, "text": p.source[m.start:m.end] or m.text,
                    **({"href": m.href} if m.href else {})} for m in p.marks]} if p.marks else {})


def _confidence(p: Paragraph, flag) -> dict:
    """The model's score of a machine draft ({} for any other text), first in the record so
    the keys below keep their order."""
    from workbench.project.confidence import scored

    if not scored(p):
        return {}
    worst = min(mean for mean, _minimum in p.confidence)
    return {"confidence": {"sentences": [list(pair) for pair in p.confidence], "weakest_mean": worst,
                           "check": flag.reason() if flag is not None else ""}}


def format_record(r: dict) -> list[str]:
    """A paragraph for a person: a heading line, then the Arabic, the English and the comment
    on lines of their own (continuation lines indented so the labels stay readable)."""
    status = r["status"] if r["translatable"] else "kept as in the source"
    engine = " ".join(part for part in (r["engine"], r["model"]) if part)
    made_by = f" ({engine})" if engine else ""
    lines = [f"{r['number']}. id {r['id']}, {r['kind']}, {status}{made_by}"]
    if r.get("confidence"):
        check = r["confidence"]["check"]
        lines[0] += f", confidence {r['confidence']['weakest_mean']:.2f}" + (" - check this" if check else "")
        if check:
            lines.append(f"   why: {check}")
    source = r.get("source_tagged", r["source"])
    for label, text in (("ar", source), ("en", r["target"]), ("comment", r["comment"])):
        if text or label != "comment":
            first, *rest = text.split("\n")
            lines.append(f"   {label}: {first}")
            lines.extend(" " * (len(label) + 5) + line for line in rest)
    return lines


def cmd_show(args) -> int:
    from workbench.cli.project_cmds import _project_path
    from workbench.project import Project

    # No backup on open: show only reads, and a rolling backup is taken by the next writer.
    from workbench.project.confidence import flags, sort_key

    with Project.open(_project_path(args.project), backup=False) as project:
        names = {doc.id: doc.name for doc in project.documents()}
        if args.paragraph is None:
            numbered = list(enumerate(project.paragraphs(), start=1))
        else:
            numbered = [(args.paragraph, project.paragraph_at(args.paragraph))]
        marked = flags(project, [p for _n, p in numbered])
    if args.flagged:
        numbered = [(n, p) for n, p in numbered if p.id in marked]
    if args.sort == "confidence":
        numbered.sort(key=lambda item: sort_key(item[1]))
    records = [as_record(n, p, names.get(p.document_id, ""), marked.get(p.id)) for n, p in numbered]
    if args.format == "json":
        print(json.dumps(records, ensure_ascii=False, indent=2))
    elif records:  # an empty project prints nothing, not an empty line
        print("\n\n".join("\n".join(format_record(r)) for r in records))
    return 0


def read_text(arg: str) -> str:
    """TEXT as given, or stdin for '-' without the one line end `echo` or a file adds."""
    if arg != "-":
        return arg
    text = sys.stdin.read()
    return text[:-1] if text.endswith("\n") else text


def cmd_edit(args) -> int:
    from workbench.cli.project_cmds import _project_path
    from workbench.core.errors import EditRefused
    from workbench.project import Project
    from workbench.project.authors import account_name

    text = read_text(args.text)
    status = Status(args.status) if args.status else None
    # The history names whoever saved a revision: the account, as the window's default does.
    author = account_name() if args.author is None else args.author
    with Project.open(_project_path(args.project)) as project:
        project.propagate_repeats = args.propagate
        p = project.paragraph_at(args.number)
        if not p.translatable:
            raise EditRefused(args.number, "not-translatable")
        # The window never marks an empty row reviewed or approved: nothing was read to mark.
        if not text and status in (Status.REVIEWED, Status.APPROVED):
            raise EditRefused(args.number, "empty")
        changed = []
        text = inline.from_visible(text, [m.number for m in p.marks])  # {1} .. {/1} are tags
        if text != p.target:
            # A changed text is an edit (as typed in the window): edited unless a mark is given.
            p = project.save_target(p.id, text, status or Status.EDITED, author=author)
            changed.append("text")
        elif status is not None and status != p.status:
            # Only the mark changes; compare-and-set on the text just read, like a confirm.
            p = project.set_status(p.id, status, expected_target=p.target, author=author)
            changed.append("status")
        if args.comment is not None and args.comment != p.comment:
            p = project.set_comment(p.id, args.comment)
            changed.append("comment")
        repeats = [r.position + 1 for r in project.last_propagated] if changed else []
    what = " and ".join(changed) + " saved" if changed else "nothing changed"
    print(f"paragraph {args.number} (id {p.id}): {what} ({p.status.value})")
    if p.marks and p.target:
        for problem in inline.problems(p.marks, p.target):
            print(f"note: {problem.message}")
    if repeats:
        print(f"repeats filled (status memory): paragraphs {', '.join(map(str, repeats))}")
    return 0
