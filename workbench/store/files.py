"""File-system steps that must survive a crash: publish a new file, write a backup.

Both write a temporary file in the destination folder, fsync it, rename it into place and fsync
the folder, so the destination name only ever shows a complete file.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from workbench.core.errors import ProjectExists


@contextmanager
def _written_into_place(dest: Path) -> Iterator[Path]:
    """Yield a temporary path beside `dest` to write; when the block ends, fsync it, rename it
    to `dest` and fsync the folder. On any error the temporary file goes and `dest` is as it was."""
    fd, name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        fsync(tmp)
        os.replace(tmp, dest)
        fsync_dir(dest.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def backup_to(conn: sqlite3.Connection, dest: Path) -> None:
    """Copy the database behind `conn` to `dest` with SQLite's online backup API.

    Raises sqlite3.Error or OSError; `dest` is then untouched and no temporary file is left.
    """
    with _written_into_place(dest) as tmp:
        target = sqlite3.connect(tmp, isolation_level=None)
        try:
            conn.backup(target)
        finally:
            target.close()


def publish_new(tmp: Path, path: Path) -> None:
    """Give a finished new file its name without ever replacing an existing file."""
    fsync(tmp)
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise ProjectExists(path, f"{path}: file already exists") from None
    except OSError:  # no hard links (FAT, some network shares); the caller holds the lock
        if path.exists():
            raise ProjectExists(path, f"{path}: file already exists") from None
        os.replace(tmp, path)
    fsync_dir(path.parent)


def copy_into_place(source: Path, dest: Path) -> None:
    """Copy a closed file to `dest` (a restored backup), so `dest` only ever names a complete
    copy."""
    import shutil

    with _written_into_place(dest) as tmp:
        shutil.copyfile(source, tmp)



def fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDWR if os.name == "nt" else os.O_RDONLY)  # Windows fsync needs write
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a folder for fsync; NTFS journals the rename itself
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

