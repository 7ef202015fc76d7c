"""Which project a document opened from a file manager belongs to (`workbench gui report.docx`).

The project lives next to the document with the document's name and the project suffix
(report.docx -> report.wbproj), so opening the document again opens the same work. A file of
that name that is not a project holding this document (another project, or not a project at
all) is left alone: report-2.wbproj, report-3.wbproj, ... are tried in turn. When the document's
folder is not writable (a CD, a shared folder) the project goes to the user's projects folder.
No Qt here: `plan_for_document` opens project files, so it runs on the store lane.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from workbench import paths
from workbench.core.errors import NotAProject

DOCUMENT_SUFFIXES = frozenset({".docx", ".txt", ".md", ".markdown"})
MAX_CANDIDATES = 100


@dataclass(frozen=True)
class LaunchPlan:
    """Open `project` (creating it when `create`), then import `document` when `import_needed`."""

    project: Path
    document: Path
    create: bool
    import_needed: bool


def is_document(path: Path) -> bool:
    return path.suffix.lower() in DOCUMENT_SUFFIXES


def plan_for_document(document: Path) -> LaunchPlan:
    """The project that already holds `document` (by file name), else a new one to create.

    Raises ProjectLocked when the project that holds it is open in another window.
    """
    document = document.absolute()
    folders = [document.parent] if _writable(document.parent) else []
    folders.append(paths.projects_dir())
    for folder in folders:
        for candidate in _candidates(folder, document.stem):
            if not candidate.exists():
                return LaunchPlan(candidate, document, create=True, import_needed=True)
            names = _document_names(candidate)
            if names is not None and document.name in names:
                return LaunchPlan(candidate, document, create=False, import_needed=False)
            if names == []:  # ours from a launch whose import failed: use it, do not pile up
                return LaunchPlan(candidate, document, create=False, import_needed=True)
    raise NotAProject(document.with_suffix(paths.PROJECT_SUFFIX),
                      f"{document}: no free project name next to it")


def _candidates(folder: Path, stem: str) -> Iterator[Path]:
    yield folder / f"{stem}{paths.PROJECT_SUFFIX}"
    for n in range(2, MAX_CANDIDATES + 1):
        yield folder / f"{stem}-{n}{paths.PROJECT_SUFFIX}"


def _document_names(project_path: Path) -> list[str] | None:
    """Names of the documents in a project; None when the file is not a usable project."""
    from workbench.project import Project

    try:
        with Project.open(project_path) as project:
            return [d.name for d in project.documents()]
    except (NotAProject, OSError):
        return None  # not a project, or damaged: not ours to touch
    # ProjectLocked (open in another window) and NewerSchema propagate: the user is told,
    # rather than given a second project for the same document.


def _writable(folder: Path) -> bool:
    return folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)
