"""Words for people: status names and typed errors turned into translatable text.

Domain code raises errors carrying data; only here do they become sentences (house style rule 8).
Every string goes through QCoreApplication.translate so lupdate can extract it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workbench.core import errors
from workbench.core.model import Status


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def status_label(status: Status | str) -> str:
    """The status name shown in the grid, the filter and the status bar."""
    labels = {
        Status.UNTRANSLATED: _tr("untranslated"),
        Status.MACHINE: _tr("machine"),
        Status.GLOSS: _tr("gloss"),
        Status.EDITED: _tr("edited"),
        Status.REVIEWED: _tr("reviewed"),
        Status.APPROVED: _tr("approved"),
    }
    return labels[Status(status)]


def error_title(exc: BaseException) -> str:
    if isinstance(exc, errors.ProjectLocked):
        return _tr("Project open elsewhere")
    if isinstance(exc, errors.DocumentImportError):
        return _tr("Could not import")
    if isinstance(exc, errors.ExportError):
        return _tr("Could not export")
    if isinstance(exc, errors.SaveFailed):
        return _tr("Could not save")
    if isinstance(exc, (errors.ModelNotInstalled, errors.InvalidModelPackage)):
        return _tr("Translation model")
    if isinstance(exc, errors.ProjectError):
        return _tr("Could not open project")
    return _tr("Error")


def error_text(exc: BaseException) -> str:
    """One or two sentences saying what happened and what the user can do."""
    if isinstance(exc, errors.ProjectLocked):
        who = ""
        if exc.host or exc.pid:
            who = _tr(" (computer {host}, process {pid})").format(
                host=exc.host or "?", pid=exc.pid if exc.pid is not None else "?"
            )
        return _tr(
            "The project {name} is open in another window or program{who}. Close it there, "
            "then open it here again."
        ).format(name=exc.path.name, who=who)
    if isinstance(exc, errors.NewerSchema):
        return _tr(
            "The project {name} was saved by a newer version of the workbench. Update the "
            "workbench to open it; the file was not changed."
        ).format(name=exc.path.name)
    if isinstance(exc, errors.NotAProject):
        return _tr(
            "{name} is not a workbench project, or it is damaged. The file was not changed."
        ).format(name=exc.path.name)
    if isinstance(exc, errors.ProjectExists):
        return _tr("{name} already exists; choose another name.").format(name=exc.path.name)
    if isinstance(exc, errors.SaveFailed):
        return _tr(
            "The last change could not be saved to {name} (is the disk full or removed?). "
            "Nothing else was lost."
        ).format(name=exc.path.name)
    if isinstance(exc, errors.DocumentImportError):
        if exc.line is not None:
            return _tr("{name} was not imported: {reason} (line {line}). The project is "
                       "unchanged.").format(name=exc.path.name, reason=exc.reason, line=exc.line)
        return _tr("{name} was not imported: {reason}. The project is unchanged.").format(
            name=exc.path.name, reason=exc.reason)
    if isinstance(exc, errors.ModelNotInstalled):
        return _tr("No translation model is installed for Arabic to English. Install one from "
                   "a .argosmodel file (Models menu); gloss drafts are used meanwhile.")
    if isinstance(exc, errors.InvalidModelPackage):
        return _tr("{name} is not a usable translation model: {reason}. Nothing was "
                   "installed.").format(name=exc.path.name, reason=exc.reason)
    if isinstance(exc, errors.ExportError):
        return _tr("The export was not written: {reason}").format(reason=exc.message)
    if isinstance(exc, errors.NetworkUnavailable):
        return _tr("The network could not be reached. The workbench works offline; only "
                   "downloads need it.")
    if isinstance(exc, errors.WorkbenchError):
        return exc.message
    if isinstance(exc, OSError):
        return _tr("The file could not be read or written: {reason}").format(
            reason=exc.strerror or str(exc))
    return _tr("Unexpected error: {kind}: {detail}").format(kind=type(exc).__name__,
                                                             detail=str(exc))
