"""Rolling backups of a project through SQLite's online backup API (never a file copy).

A backup is taken when a project is opened, at most once per BACKUP_INTERVAL, into
`data_dir()/backups/<project name>-<path hash>/`, keeping the newest KEEP copies. Each backup is a
complete project file that `workbench` opens like any other. Runs on the thread that owns the
project (it reads through the project's own connection).
"""

from __future__ import annotations

import hashlib
import time
from datetime import datetime, timezone
from pathlib import Path

from workbench import paths
from workbench.core.errors import SaveFailed

KEEP = 10
BACKUP_INTERVAL = 10 * 60  # seconds: reopening often (the CLI) does not flood the folder


def backup_folder(project_path: Path) -> Path:
    """Where the backups of the project at `project_path` live (one folder per project file)."""
    resolved = Path(project_path).resolve()
    digest = hashlib.sha256(str(resolved).encode("utf-8")).hexdigest()[:10]
    return paths.data_dir() / "backups" / f"{resolved.stem}-{digest}"


def list_backups(project_path: Path) -> list[Path]:
    """Backups of this project, newest first."""
    folder = backup_folder(project_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"*{paths.PROJECT_SUFFIX}"), reverse=True)


def make_backup(store, *, now: float | None = None, force: bool = False) -> Path | None:
    """Back the open project up unless a backup younger than BACKUP_INTERVAL exists.

    Returns the new backup's path, or None when none was due. Raises SaveFailed when the
    backup could not be written (the project itself is untouched either way).
    """
    now = time.time() if now is None else now
    existing = list_backups(store.path)
    if existing and not force and now - existing[0].stat().st_mtime < BACKUP_INTERVAL:
        return None
    folder = backup_folder(store.path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SaveFailed(folder, f"{folder}: backup folder could not be made ({exc})") from exc
    stamp = datetime.fromtimestamp(now, timezone.utc).strftime("%Y%m%d-%H%M%S-%f")
    dest = folder / f"{stamp}{paths.PROJECT_SUFFIX}"
    store.backup(dest)
    for old in list_backups(store.path)[KEEP:]:
        old.unlink(missing_ok=True)
    return dest
