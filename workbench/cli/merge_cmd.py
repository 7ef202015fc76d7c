"""`workbench merge PROJECT FILE.xlf|FILE.docx [--dry-run] [--format json]`: bring back an XLIFF
file that another tool translated (project.merge judges each unit), or a review DOCX a reviewer
edited in Word or LibreOffice (project.review_merge: `--status`, `--author`).

Exit codes: 0 when every unit was applied, unchanged, empty or skipped; 1 when any unit was not
applied (a conflict, an unknown id, another project's unit, a different source, an invalid
unit, a deleted review row) - the report names each; 2 on a file refused whole (unsafe, too large, not XLIFF), with
one line on stderr and the project untouched. --dry-run writes nothing.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("merge", help="merge a translated XLIFF file or an edited review DOCX back "
                                     "into its project")
    p.add_argument("project", type=Path)
    p.add_argument("file", type=Path, metavar="FILE.xlf|FILE.docx")
    p.add_argument("--dry-run", action="store_true", help="report what would happen; write nothing")
    p.add_argument("--status", choices=("reviewed", "edited"), default="reviewed",
                   help="review files: the status a changed paragraph gets (default reviewed)")
    p.add_argument("--author", default="", metavar="NAME",
                   help="review files: the reviewer, where the file's tracked changes name nobody")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_merge)


def cmd_merge(args) -> int:
    from workbench.cli.project_cmds import _project_path
    from workbench.core.model import Status
    from workbench.project import Project
    from workbench.project.merge import merge_xliff
    from workbench.project.review_merge import merge_review

    # a dry run must leave the project byte-identical: no rolling backup, no upgrade
    with Project.open(_project_path(args.project), backup=not args.dry_run,
                      read_only=args.dry_run) as project:
        if args.file.suffix.lower() == ".docx":
            report = merge_review(project, args.file, status=Status(args.status),
                                  author=args.author, dry_run=args.dry_run)
        else:
            report = merge_xliff(project, args.file, dry_run=args.dry_run)
    if args.format == "json":
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print("\n".join(_text_lines(report)))
    return 1 if report.problems else 0


def _text_lines(report) -> list[str]:
    from workbench.core.text import printable_text
    from workbench.project.merge import Outcome

    lines = [f"warning: {w}" for w in report.warnings]
    for result in report.problems:
        detail = f" ({result.detail})" if result.detail else ""
        lines.append(printable_text(f"unit {result.unit_id}: {result.outcome.value}{detail}"))
    applied = "would apply" if report.dry_run else "applied"
    counts = [f"{applied} {report.count(Outcome.APPLIED)}"] + [
        f"{o.value} {report.count(o)}" for o in Outcome if o is not Outcome.APPLIED and report.count(o)
    ]
    if report.comments:
        counts.append(f"comments {report.comments}")
    lines.append(", ".join(counts) + (" (dry run: nothing written)" if report.dry_run else ""))
    return lines
