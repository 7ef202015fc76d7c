"""Rolling backups of a project through SQLite's online backup API (never a file copy).

Where: `data_dir()/backups/<name>-<identity>/`, keyed by the project's own identity (a UUID kept
in the file, made on its first backup), so a moved or renamed project finds its backups. Each
folder records the project's last path and name (`source.json`), so a project that cannot even
be opened (damaged, or open in another window) is still matched to its folder by its path.
Folders of older versions, keyed by a hash of the path, are still read.

When: on opening (at most once per BACKUP_INTERVAL), and from the window on a timer while the
project changes and when it closes.

Trust: every new copy is checked with SQLite's full integrity_check before it counts. A copy that
fails is kept as `*.damaged.wbproj` (at most KEEP_DAMAGED of them) and never pushes a good copy
out: the newest KEEP good ones stay. Restoring (`restore`) checks the copy again, sets the current
file (and its journal) aside beside it - never deleted - and puts the copy in its place.
Runs on the thread that owns the project (it reads through the project's own connection).
"""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

from workbench import paths
from workbench.core.errors import BackupFailed, ProjectDamaged, SaveFailed

KEEP = 10
KEEP_DAMAGED = 2
BACKUP_INTERVAL = 10 * 60  # seconds: reopening often (the CLI) does not flood the folder
IDENTITY_KEY = "project_uuid"
SOURCE_FILE = "source.json"
DAMAGED = ".damaged"


def root() -> Path:
    return paths.data_dir() / "backups"


def _legacy_folder(project_path: Path) -> Path:
    resolved = Path(project_path).resolve()
    digest = hashlib.sha256(str(resolved).encode("utf-8")).hexdigest()[:10]
    return root() / f"{resolved.stem}-{digest}"


def _folder(identity: str, project_path: Path) -> Path:
    return root() / f"{Path(project_path).stem}-{identity[:12]}"


def _identity_of_file(project_path: Path) -> str | None:
    from workbench.store.peek import read_setting

    return read_setting(Path(project_path), IDENTITY_KEY) if Path(project_path).is_file() else None


def _recorded_path(folder: Path) -> str | None:
    try:
        return json.loads((folder / SOURCE_FILE).read_text(encoding="utf-8")).get("path")
    except (OSError, ValueError, AttributeError):
        return None


def folders(project_path: Path, identity: str | None = None) -> list[Path]:
    """Every backup folder of the project: by its identity (read from the file when not
    given), by the path it was last seen at, and the older path-keyed folder."""
    project_path = Path(project_path)
    identity = identity or _identity_of_file(project_path)
    resolved = str(project_path.resolve())
    found: list[Path] = []
    if identity:
        found += [f for f in root().glob(f"*-{identity[:12]}") if f.is_dir()]
    if root().is_dir():
        found += [f for f in root().iterdir() if f.is_dir() and _recorded_path(f) == resolved]
    legacy = _legacy_folder(project_path)
    if legacy.is_dir():
        found.append(legacy)
    return list(dict.fromkeys(found))


def backup_folder(project_path: Path) -> Path:
    """The folder new backups of this project go to (the newest existing one, else where the
    next one will be made)."""
    existing = folders(project_path)
    if existing:
        return existing[0]
    identity = _identity_of_file(project_path)
    return _folder(identity, project_path) if identity else _legacy_folder(project_path)


def is_good(backup: Path) -> bool:
    return not backup.name.endswith(DAMAGED + paths.PROJECT_SUFFIX)


def list_backups(project_path: Path, identity: str | None = None) -> list[Path]:
    """Backups of this project, newest first (damaged copies included, see is_good)."""
    found = [b for f in folders(project_path, identity) for b in f.glob(f"*{paths.PROJECT_SUFFIX}")]
    return sorted(found, key=lambda b: (b.name.split(".")[0], b.stat().st_mtime), reverse=True)


def newest_good(project_path: Path) -> Path | None:
    return next((b for b in list_backups(project_path) if is_good(b)), None)


def new_identity() -> str:
    return uuid.uuid4().hex


def _identity(store) -> str | None:
    """The project's identity, made and stored on first use; None for a project that cannot be
    written (read-only): its backups then stay keyed by its path."""
    identity = store.get_setting(IDENTITY_KEY)
    if identity and not _is_a_copy(identity, Path(store.path)):
        return identity
    try:
        identity = new_identity()
        store.set_setting(IDENTITY_KEY, identity)
    except Exception:  # noqa: BLE001 - read-only file or full disk: back up all the same
        return None
    return identity


def _is_a_copy(identity: str, project_path: Path) -> bool:
    """True when another project file with this identity still lies where its backups were
    last made: this file is a copy of it (copied, not moved), and gets an identity of its own
    so that the backups of the two never mix."""
    here = str(project_path.resolve())
    for folder in root().glob(f"*-{identity[:12]}"):
        seen_at = _recorded_path(folder)
        if seen_at and seen_at != here and _identity_of_file(Path(seen_at)) == identity:
            return True
    return False


def make_backup(store, *, now: float | None = None, force: bool = False) -> Path | None:
    """Back the open project up unless a backup younger than BACKUP_INTERVAL exists.

    Returns the new good backup's path, or None when none was due. Raises BackupFailed when the
    backup could not be written, ProjectDamaged when the copy fails the integrity check (the
    project itself is damaged; the message names the newest good backup). The project itself is
    untouched either way.
    """
    now = time.time() if now is None else now
    identity = _identity(store)
    existing = list_backups(store.path, identity)
    if existing and not force and now - existing[0].stat().st_mtime < BACKUP_INTERVAL:
        return None
    folder = _folder(identity, store.path) if identity else _legacy_folder(store.path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / SOURCE_FILE).write_text(json.dumps(
            {"path": str(Path(store.path).resolve()), "name": Path(store.path).name,
             "identity": identity}, ensure_ascii=False), encoding="utf-8")
    except OSError as exc:
        raise BackupFailed(store.path, f"{folder}: the backup folder could not be written "
                                       f"({exc.strerror or exc})") from exc
    stamp = datetime.fromtimestamp(now, timezone.utc).strftime("%Y%m%d-%H%M%S-%f")
    dest = folder / f"{stamp}{paths.PROJECT_SUFFIX}"
    try:
        store.backup(dest)
    except SaveFailed as exc:
        raise BackupFailed(store.path, exc.message) from exc
    from workbench.store.peek import integrity_problems

    problems = integrity_problems(dest)
    if problems:
        damaged = dest.with_name(f"{stamp}{DAMAGED}{paths.PROJECT_SUFFIX}")
        dest.replace(damaged)
        _prune(store.path, identity)
        raise ProjectDamaged(store.path, problems, newest_good(store.path))
    _prune(store.path, identity)
    return dest


def _prune(project_path: Path, identity: str | None) -> None:
    backups = list_backups(project_path, identity)
    good = [b for b in backups if is_good(b)]
    damaged = [b for b in backups if not is_good(b)]
    for old in good[KEEP:] + damaged[KEEP_DAMAGED:]:
        old.unlink(missing_ok=True)


def restore(project_path: Path, backup: Path | None = None) -> tuple[Path, Path | None]:
    """Put `backup` (default: the newest good one) in the project's place. Returns (the backup
    restored, where the replaced file was set aside or None if there was none).

    Refused while the project is open anywhere (ProjectLocked) and for a copy that fails the
    integrity check (ProjectDamaged). The current file and its journal are renamed beside it,
    never deleted; the copy is written to a temporary file and renamed into place.
    """
    from workbench.store.files import copy_into_place
    from workbench.store.lock import ProjectLock
    from workbench.store.peek import integrity_problems

    project_path = Path(project_path).absolute()
    chosen = Path(backup) if backup is not None else newest_good(project_path)
    if chosen is None:
        raise SaveFailed(project_path, f"{project_path.name}: no good backup of this project was found")
    if not chosen.is_file():  # a bare name from `workbench backups`
        chosen = next((b for b in list_backups(project_path) if b.name == chosen.name), chosen)
    if not chosen.is_file():
        raise SaveFailed(project_path, f"{chosen}: no such backup")
    problems = integrity_problems(chosen)
    if problems:
        raise ProjectDamaged(chosen, problems, newest_good(project_path))
    lock = ProjectLock(project_path)
    lock.acquire()  # ProjectLocked: open in a window or another command
    try:
        aside = None
        if project_path.exists():
            stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
            aside = project_path.with_name(f"{project_path.stem}.before-restore-{stamp}{project_path.suffix}")
            project_path.replace(aside)
            for extra in ("-journal", "-wal", "-shm"):  # a hot journal must not meet the copy
                side = project_path.with_name(project_path.name + extra)
                if side.exists():
                    side.replace(aside.with_name(aside.name + extra))
        copy_into_place(chosen, project_path)
    finally:
        lock.release()
    return chosen, aside
