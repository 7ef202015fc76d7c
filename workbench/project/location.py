"""Is a project somewhere SQLite's locking cannot be trusted: a cloud-synced folder (OneDrive,
Dropbox, Google Drive, iCloud...) or a network file system (SMB/CIFS, NFS, SSHFS, WebDAV)?

There, two machines can each believe they hold the only copy, and a sync client can upload a
half-written file: the workbench still opens the project, but says so once, so the translator
can move it to a local folder. Detection is by the folder names the sync clients create and, on
Linux, by the file system type of the mount holding the file.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

CLOUD_FOLDERS = {
    "onedrive": "OneDrive", "dropbox": "Dropbox", "google drive": "Google Drive",
    "googledrive": "Google Drive", "my drive": "Google Drive", "icloud drive": "iCloud Drive",
    "icloud": "iCloud Drive", "mobile documents": "iCloud Drive", "box sync": "Box",
    "nextcloud": "Nextcloud", "owncloud": "ownCloud", "pcloud drive": "pCloud",
    "megasync": "MEGA", "sync.com": "Sync.com",
}
NETWORK_FILE_SYSTEMS = {
    "nfs", "nfs4", "cifs", "smbfs", "smb3", "afs", "ncpfs", "9p", "davfs", "fuse.sshfs",
    "fuse.rclone", "fuse.davfs2", "fuse.gcsfuse", "ceph", "glusterfs", "fuse.glusterfs",
}


def _cloud(path: Path) -> str | None:
    for part in path.parts:
        folded = part.casefold()
        for marker, name in CLOUD_FOLDERS.items():
            if folded == marker or folded.startswith(marker + " ") or folded.startswith(marker + "-"):
                return name
    return None


def mount_type(path: Path, mounts: str | None = None) -> str | None:
    """The file system type of the mount holding `path` (Linux /proc/self/mounts), or None."""
    if mounts is None:
        try:
            mounts = Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    best, kind = "", None
    target = str(path)
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fields[2]
    return kind


def risky_location(path: Path | str, *, mounts: str | None = None) -> str | None:
    """Why `path` is a risky place for a project (one phrase), or None when it is local."""
    path = Path(os.path.abspath(path))
    text = str(path)
    if sys.platform == "win32" and (text.startswith("\\\\") or text.startswith("//")):
        return "a network folder"
    cloud = _cloud(path)
    if cloud is not None:
        return f"a folder synced by {cloud}"
    kind = mount_type(path, mounts) if (mounts is not None or sys.platform.startswith("linux")) else None
    if kind in NETWORK_FILE_SYSTEMS:
        return f"a network folder ({kind})"
    return None


def warning_for(path: Path | str) -> str:
    """The one line said when a project is opened from a risky place ("" when it is local)."""
    where = risky_location(path)
    if where is None:
        return ""
    return (f"{Path(path).name} is in {where}: two computers or a sync client can change it at "
            "once, which SQLite's locking cannot prevent. Keep projects in a local folder and "
            "export or copy them to share.")
