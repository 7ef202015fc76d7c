"""The documents of a project: find one by name, remove one (after a verified backup), and
import text that comes from no file (standard input, the clipboard). Qt-free; the thread that
owns the Project."""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

from workbench.core.errors import NoSuchDocument
from workbench.core.model import Document


def find_document(project, name: str) -> Document:
    """The document called `name`, or numbered `#id` (NoSuchDocument: none, or several)."""
    documents = project.documents()
    if name.startswith("#") and name[1:].isdigit():
        found = [d for d in documents if d.id == int(name[1:])]
    else:
        found = [d for d in documents if d.name == name]
    if len(found) == 1:
        return found[0]
    names = [d.name for d in documents] if not found else [f"#{d.id} {d.name}" for d in found]
    raise NoSuchDocument(name, names, several=bool(found))


def remove_document(project, name: str) -> tuple[Document, Path]:
    """Remove a document with its paragraphs and their history, after a rolling backup made
    for it (the backup holds them: `workbench backups restore`). Returns (the document, the
    backup). When no backup can be made, nothing is removed and the backup's error is raised."""
    document = find_document(project, name)
    backup = project.take_backup(force=True)
    if backup is None:
        raise project.backup_error or RuntimeError("no backup was made")
    project._store.remove_document(document.id)
    return document, backup


def pasted_name(now: datetime | None = None) -> str:
    """The name a pasted text gets in the project: "pasted 2026-12-07 10-45.txt"."""
    return f"pasted {(now or datetime.now()).strftime('%Y-%m-%d %H-%M-%S')}.txt"


def import_text(project, text: str, name: str | None = None) -> Document:
    """Import `text` (the clipboard) as a plain-text document named `name`, through the same
    importer as a .txt file: one rule for paragraphs, the same limits."""
    return import_bytes(project, text.encode("utf-8"), name)


def import_bytes(project, data: bytes, name: str | None = None) -> Document:
    """Import `data` (standard input) as a document named `name` (a .txt name by default): the
    importer decides what it is from its bytes and its name, as for any file."""
    name = Path(name or pasted_name()).name or pasted_name()
    if not Path(name).suffix:
        name += ".txt"
    with tempfile.TemporaryDirectory(prefix="workbench-paste-") as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        return project.import_document(path, again=True)
