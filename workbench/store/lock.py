"""The "open elsewhere" lock: a lock file beside the project, held with an OS lock.

`name.wbproj` is guarded by `name.wbproj.lock`. The OS lock (flock on POSIX, msvcrt.locking on
Windows) is what excludes; the file's text (host and pid of the holder) only explains who holds it.
The OS drops the lock when its holder dies, so a lock file left behind by a killed process never
blocks anyone: the next opener simply takes the lock and rewrites the text.

flock is used rather than fcntl byte-range locks because fcntl locks belong to the process: a
second ProjectStore in the same process would not be refused, and closing any descriptor of a
file drops all of the process's fcntl locks on it (SQLite's own locks live on the database file,
never on this one).
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

from workbench.core.errors import ProjectError, ProjectLocked

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt

LOCK_SUFFIX = ".lock"
# On Windows a locked byte cannot be read by others, so the holder text starts after it.
_TEXT_OFFSET = 0 if fcntl is not None else 1


def lock_path_for(project: Path) -> Path:
    return project.with_name(project.name + LOCK_SUFFIX)


def _try_lock(fd: int) -> bool:
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:
        return False
    return True


def _read_holder(fd: int) -> tuple[str, int | None]:
    try:
        os.lseek(fd, _TEXT_OFFSET, os.SEEK_SET)
        host, _, pid = os.read(fd, 512).decode("utf-8", "replace").strip().partition("\n")
        return host.strip(), int(pid) if pid.strip().isdigit() else None
    except (OSError, ValueError):
        return "", None


class ProjectLock:
    """An exclusive hold on one project path, owned by whoever acquired it (any thread may release).

    `acquire()` never waits: it raises ProjectLocked at once when another holder exists, in this
    process or another one. `release()` is idempotent and removes the lock file.
    """

    def __init__(self, project: Path):
        self.path = lock_path_for(project)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        if self._fd is not None:
            raise RuntimeError("lock already held")
        for _ in range(20):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                raise ProjectError(self.path, f"{self.path}: cannot create lock file ({exc})") from exc
            if not _try_lock(fd):
                host, pid = _read_holder(fd)
                os.close(fd)
                raise ProjectLocked(self.path.with_name(self.path.name[: -len(LOCK_SUFFIX)]), host, pid)
            # A holder that was releasing may have unlinked the file we opened: our lock on the
            # orphaned inode then excludes nobody, so start again on the file now at the path.
            if fcntl is None or _same_file(fd, self.path):
                break
            os.close(fd)
        else:  # pragma: no cover - needs a pathological release storm
            raise ProjectError(self.path, f"{self.path}: lock file keeps changing")
        text = f"{socket.gethostname()}\n{os.getpid()}\n".encode()
        try:
            os.ftruncate(fd, _TEXT_OFFSET)
            os.lseek(fd, _TEXT_OFFSET, os.SEEK_SET)
            os.write(fd, text)
        except OSError:
            pass  # a full disk: the OS lock still excludes, only the holder's name is missing
        self._fd = fd

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if fcntl is not None:
            # Unlink while still holding: anyone who opened this inode meanwhile sees it orphaned.
            try:
                os.unlink(self.path)
            except OSError:
                pass
            os.close(fd)
        else:
            os.close(fd)  # closing drops the msvcrt lock; Windows cannot unlink an open file
            try:
                os.unlink(self.path)
            except OSError:
                pass

    def __del__(self) -> None:
        # A store dropped without close() must not keep its project locked for this process.
        if self._fd is not None:
            try:
                os.close(self._fd)
            except OSError:
                pass


def _same_file(fd: int, path: Path) -> bool:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return False
    own = os.fstat(fd)
    return (st.st_dev, st.st_ino) == (own.st_dev, own.st_ino)
