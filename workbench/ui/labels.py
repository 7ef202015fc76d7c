"""Words for people: status names and typed errors turned into translatable text.

Domain code raises errors carrying data; only here do they become sentences (house style rule 8).
Every string is a literal translate("Labels", ...) call: lupdate extracts only
literal calls (a helper taking the text as a variable hides every string from it).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workbench.core import errors
from workbench.core.model import Status

translate = QCoreApplication.translate


def status_label(status: Status | str) -> str:
    """The status name shown in the grid, the filter and the status bar."""
    labels = {
        Status.UNTRANSLATED: translate("Labels", "untranslated"),
        Status.MACHINE: translate("Labels", "machine"),
        Status.GLOSS: translate("Labels", "gloss"),
        Status.MEMORY: translate("Labels", "memory"),
        Status.EDITED: translate("Labels", "edited"),
        Status.REVIEWED: translate("Labels", "reviewed"),
        Status.APPROVED: translate("Labels", "approved"),
    }
    return labels[Status(status)]


def error_title(exc: BaseException) -> str:
    if isinstance(exc, errors.ProjectLocked):
        return translate("Labels", "Project open elsewhere")
    if isinstance(exc, errors.DocumentImportError):
        return translate("Labels", "Could not import")
    if isinstance(exc, errors.ExportError):
        return translate("Labels", "Could not export")
    if isinstance(exc, errors.BackupFailed):
        return translate("Labels", "Backup not made")
    if isinstance(exc, errors.ProjectDamaged):
        return translate("Labels", "Damaged project")
    if isinstance(exc, errors.SaveFailed):
        return translate("Labels", "Could not save")
    if isinstance(exc, (errors.ModelNotInstalled, errors.InvalidModelPackage)):
        return translate("Labels", "Translation model")
    if isinstance(exc, errors.ProjectError):
        return translate("Labels", "Could not open project")
    if isinstance(exc, FileNotFoundError):
        return translate("Labels", "File not found")
    return translate("Labels", "Error")


def error_text(exc: BaseException) -> str:
    """One or two sentences saying what happened and what the user can do."""
    if isinstance(exc, errors.ProjectLocked):
        who = ""
        if exc.host or exc.pid:
            who = translate("Labels", " (computer {host}, process {pid})").format(
                host=exc.host or "?", pid=exc.pid if exc.pid is not None else "?")
        return translate("Labels", "The project {name} is open in another window or "
                         "program{who}. Close it there, then open it here again."
                         ).format(name=exc.path.name, who=who)
    if isinstance(exc, errors.NewerSchema):
        return translate("Labels", "The project {name} was saved by a newer version of the "
                         "workbench. Update the workbench to open it; the file was not changed."
                         ).format(name=exc.path.name)
    if isinstance(exc, errors.NotAProject):
        return translate("Labels", "{name} is not a workbench project, or it is damaged. The "
                         "file was not changed.").format(name=exc.path.name)
    if isinstance(exc, errors.ProjectExists):
        return translate("Labels", "{name} already exists; choose another name.").format(
            name=exc.path.name)
    if isinstance(exc, errors.BackupFailed):
        return translate("Labels", "The rolling backup of {name} could not be written: {reason}. "
                         "Your work is saved in the project itself; free some space in the data "
                         "folder or make it writable.").format(name=exc.path.name, reason=exc.message)
    if isinstance(exc, errors.ProjectDamaged):
        backup = exc.newest_good
        if backup is None:
            return translate("Labels", "{name} is damaged ({problem}) and no good backup of it "
                             "was found. The file was not changed.").format(
                name=exc.path.name, problem="; ".join(exc.problems[:2]))
        return translate("Labels", "{name} is damaged ({problem}). Its newest good backup is "
                         "{backup}: Project > Backups… puts it back (the damaged file is kept "
                         "beside it).").format(name=exc.path.name,
                                              problem="; ".join(exc.problems[:2]), backup=backup.name)
    if isinstance(exc, errors.SaveFailed):
        return translate("Labels", "The last change could not be saved to {name} (is the disk "
                         "full or removed?). Nothing else was lost.").format(name=exc.path.name)
    if isinstance(exc, errors.DocumentImportError):
        if exc.line is not None:
            return translate("Labels", "{name} was not imported: {reason} (line {line}). The "
                             "project is unchanged.").format(name=exc.path.name,
                                                             reason=exc.reason, line=exc.line)
        return translate("Labels", "{name} was not imported: {reason}. The project is "
                         "unchanged.").format(name=exc.path.name, reason=exc.reason)
    if isinstance(exc, errors.ModelNotInstalled):
        return translate("Labels", "No translation model is installed for Arabic to English. "
                         "Install one from a .argosmodel file (Translate menu); gloss drafts "
                         "are used meanwhile.")
    if isinstance(exc, errors.InvalidModelPackage):
        return translate("Labels", "{name} is not a usable translation model: {reason}. Nothing "
                         "was installed.").format(name=exc.path.name, reason=exc.reason)
    if isinstance(exc, errors.ExportError):
        return translate("Labels", "The export was not written: {reason}").format(
            reason=exc.message)
    if isinstance(exc, errors.NetworkUnavailable):
        return translate("Labels", "The network could not be reached. The workbench works "
                         "offline; only downloads need it.")
    remote = _remote_error_text(exc)
    if remote is not None:
        return remote
    if isinstance(exc, errors.WorkbenchError):
        return exc.message
    if isinstance(exc, FileNotFoundError) and exc.filename:
        return translate("Labels", "{path} does not exist.").format(path=str(exc.filename))
    if isinstance(exc, OSError):
        return translate("Labels", "The file could not be read or written: {reason}").format(
            reason=exc.strerror or str(exc))
    return translate("Labels", "Unexpected error: {kind}: {detail}").format(
        kind=type(exc).__name__, detail=str(exc))


def _remote_error_text(exc: BaseException) -> str | None:
    """Words for the errors of model downloads and the remote engine (None: not one of them)."""
    from workbench.mt.download import DownloadFailed
    from workbench.mt.libretranslate import RemoteEngineError
    from workbench.mt.model_index import ModelIndexError

    if isinstance(exc, DownloadFailed):
        if exc.resumable:
            return translate("Labels", "The model download stopped before the end. Download "
                             "again to resume where it stopped.")
        return translate("Labels", "The model could not be downloaded from any mirror: {reason}"
                         ).format(reason="; ".join(reason for _, reason in exc.failures))
    if isinstance(exc, ModelIndexError):
        return translate("Labels", "The model list at {url} could not be used: {reason}").format(
            url=exc.url, reason=exc.reason)
    if isinstance(exc, RemoteEngineError):
        return translate("Labels", "The LibreTranslate server {url} did not translate: {reason}. "
                         "Check its address and key in Preferences.").format(
            url=exc.url or "?", reason=exc.reason)
    return None
