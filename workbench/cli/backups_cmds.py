"""`workbench backups [restore] PROJECT [BACKUP]`: list a project's rolling backups, or put one
back in the project's place (the current file is kept beside it, never deleted).
`workbench repair PROJECT`: replace the bytes that are not text in damaged paragraphs, after a
backup of the file as it was."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "backups", help="list a project's rolling backups, or restore one",
        description="workbench backups PROJECT lists the backups, newest first; "
                    "workbench backups restore PROJECT [BACKUP] puts BACKUP (default: the newest "
                    "good one) in the project's place and keeps the current file beside it.")
    p.add_argument("words", nargs="+", metavar="[restore] PROJECT [BACKUP]")
    p.set_defaults(func=cmd_backups)

    p = sub.add_parser(
        "repair", help="fix paragraphs holding bytes that are not text (a copy is kept first)",
        description="Replaces each run of bytes that are not valid UTF-8 by the replacement "
                    "character (\ufffd), in the text, the comment and the history of the "
                    "paragraphs that hold them. A backup of the file as it was is made first.")
    p.add_argument("project", type=Path)
    p.set_defaults(func=cmd_repair)


def cmd_backups(args) -> int:
    from workbench.cli.project_cmds import _project_path

    words = list(args.words)
    if words[0] == "restore" and len(words) in (2, 3):
        backup = Path(words[2]) if len(words) == 3 else None
        return _restore(_project_path(Path(words[1])), backup)
    if len(words) != 1:
        from workbench.core.errors import WorkbenchError

        raise WorkbenchError("usage: workbench backups [restore] PROJECT [BACKUP]")
    return _list(_project_path(Path(words[0])))


def _list(path: Path) -> int:
    """Each backup is a complete project: `restore` puts one back, `gui` opens one as it is."""
    from workbench.project.backups import backup_folder, is_good, list_backups

    found = list_backups(path)
    print(f"backups of {path.name} in {backup_folder(path)}: {len(found)}")
    for backup in found:
        when = datetime.fromtimestamp(backup.stat().st_mtime).strftime("%Y-%m-%d %H:%M:%S")
        state = "good" if is_good(backup) else "DAMAGED (kept for inspection, never restored by default)"
        print(f"{backup.name}\t{when}\t{backup.stat().st_size} bytes\t{state}")
    return 0


def _restore(path: Path, backup: Path | None) -> int:
    from workbench.project.backups import restore

    restored, aside = restore(path, backup)
    print(f"restored {path.name} from backup {restored.name}")
    if aside is not None:
        print(f"the file it replaced is kept as {aside}")
    return 0


def cmd_repair(args) -> int:
    from workbench.cli.project_cmds import _project_path
    from workbench.project import Project

    with Project.open(_project_path(args.project), backup=False) as project:
        damaged = project.damaged_text()
        repaired, kept = project.repair()
    if not repaired:
        print(f"{args.project.name}: no damaged text found; nothing changed")
        return 0
    numbers = ", ".join(str(position + 1) for _pid, position, _cols in damaged)
    print(f"repaired {repaired} paragraph{'s' * (repaired != 1)} ({numbers}) of {args.project.name}; "
          f"the file as it was is kept as the backup {kept}")
    return 0
