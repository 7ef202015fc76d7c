"""Typed errors carrying data. Words for people are made by the CLI and the UI, not here."""

from __future__ import annotations

from pathlib import Path


class WorkbenchError(Exception):
    """Base of every error the workbench expects and reports (exit code 2 on the CLI)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class ProjectError(WorkbenchError):
    """A project file could not be opened or written."""

    def __init__(self, path: Path | str, message: str):
        super().__init__(message)
        self.path = Path(path)


class NotAProject(ProjectError):
    """The file exists but is not a workbench project (or is damaged). Left untouched."""


class NewerSchema(ProjectError):
    """The project was written by a newer version of the workbench. Left untouched."""

    def __init__(self, path: Path | str, found: int, supported: int):
        super().__init__(
            path, f"{path}: project schema {found} is newer than this version supports ({supported})"
        )
        self.found = found
        self.supported = supported


class ProjectLocked(ProjectError):
    """Another window or process holds the project."""

    def __init__(self, path: Path | str, host: str = "", pid: int | None = None):
        who = f" (host {host}, pid {pid})" if host or pid else ""
        super().__init__(path, f"{path}: project is open in another window or process{who}")
        self.host = host
        self.pid = pid


class ProjectExists(ProjectError):
    """`new` refused to overwrite an existing file."""


class SaveFailed(ProjectError):
    """A write did not commit (disk full, I/O error). Nothing was acknowledged."""


class ReadOnlyProject(SaveFailed):
    """A write to a project opened read-only (its folder or file cannot be written, or it holds
    what this version cannot safely change). `reason` says why; nothing was written."""

    def __init__(self, path: Path | str, reason: str):
        super().__init__(path, f"{path}: opened read-only ({reason}); nothing was changed")
        self.reason = reason


class BackupFailed(ProjectError):
    """A rolling backup could not be written (full or unwritable data folder). The project
    itself is untouched and every saved edit is in it."""


class ProjectDamaged(NotAProject):
    """A project file (or a backup of it) is cut short or fails SQLite's checks. Left untouched;
    `newest_good` is the newest good rolling backup, the way out. A NotAProject, so every caller
    that treats an unusable file as "not ours to touch" does so for a damaged one too."""

    def __init__(self, path: Path | str, problems: list[str], newest_good: Path | None = None):
        shown = "; ".join(problems[:2]) + (f" (and {len(problems) - 2} more)" if len(problems) > 2 else "")
        way_out = (f"its newest good backup is {newest_good.name}: restore it with "
                   f"'workbench backups restore {path}'" if newest_good is not None
                   else "no good backup of it was found")
        super().__init__(path, f"{path}: the project file is damaged ({shown}); {way_out}")
        self.problems = list(problems)
        self.newest_good = newest_good


class DocumentImportError(WorkbenchError):
    """A source file was refused. `line` is 1-based where it applies."""

    def __init__(self, path: Path | str, reason: str, line: int | None = None):
        where = f" (line {line})" if line is not None else ""
        super().__init__(f"{path}: {reason}{where}")
        self.path = Path(path)
        self.reason = reason
        self.line = line


class ExportError(WorkbenchError):
    """An export could not be written. No partial file is left behind."""


class ModelNotInstalled(WorkbenchError):
    """No engine can translate this language pair."""

    def __init__(self, pair: str = "ar-en", name: str | None = None):
        what = f"model {name!r}" if name else f"no translation model for {pair}"
        super().__init__(f"{what} is not installed")
        self.pair = pair
        self.name = name


class InvalidModelPackage(WorkbenchError):
    """A model package or folder was refused; nothing was installed."""

    def __init__(self, path: Path | str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason


class NetworkUnavailable(WorkbenchError):
    """An explicit download could not reach the network."""


class Cancelled(WorkbenchError):
    """A job stopped because its context was cancelled."""

    def __init__(self) -> None:
        super().__init__("cancelled")


class GlossaryError(WorkbenchError):
    """A glossary change was refused; nothing was written.

    `reason` is a code the UI turns into words: "empty-arabic", "empty-english", "not-arabic"
    (no Arabic letter in the Arabic field), "bad-mode", "forbidden-is-english" (a forbidden
    rendering the English term itself contains), "duplicate" (another entry has the same match
    key: `existing` is its Arabic), "not-found", "unreadable" (the user glossary file is foreign,
    damaged or newer). `arabic` is the term concerned.
    """

    def __init__(self, reason: str, arabic: str = "", message: str | None = None, *, existing: str = ""):
        super().__init__(message or f"glossary term {arabic!r}: {reason}")
        self.reason = reason
        self.arabic = arabic
        self.existing = existing


class GlossaryImportError(GlossaryError):
    """A glossary file was refused as a whole (the glossary is unchanged). `row` is 1-based
    (the header is row 1 of a CSV/TSV; the n-th term entry of a TBX) where it applies."""

    def __init__(self, path: Path | str, reason: str, row: int | None = None):
        where = f" (row {row})" if row is not None else ""
        super().__init__("import", message=f"{path}: {reason}{where}")
        self.path = Path(path)
        self.reason = reason
        self.row = row


class StaleEdit(WorkbenchError):
    """A change was made against a text that is no longer the stored one (a newer draft or
    edit arrived meanwhile); nothing was written. `current` is the stored target now."""

    def __init__(self, paragraph_id: int, expected: str, current: str):
        super().__init__(f"paragraph {paragraph_id}: the text changed before the change was saved")
        self.paragraph_id = paragraph_id
        self.expected = expected
        self.current = current


class NoSuchParagraph(WorkbenchError):
    """A paragraph number (1-based, project order, as the window's rows and `workbench show`
    number them) outside 1..`count`."""

    def __init__(self, number: int, count: int):
        super().__init__(f"no paragraph {number}: the project has {count} (numbered from 1)")
        self.number = number
        self.count = count


class NoSuchDocument(WorkbenchError):
    """A document name (or "#id") that names no document of the project, or several."""

    def __init__(self, name: str, names: list[str], several: bool = False):
        known = ", ".join(names) if names else "none"
        why = (f"{len(names)} documents are named {name!r}: give its number as #ID (see "
               "'workbench documents')" if several else f"no document {name!r} (the project has: {known})")
        super().__init__(why)
        self.name, self.names, self.several = name, names, several


class EditRefused(WorkbenchError):
    """A person's edit was refused; nothing was written. `reason` is a code the UI turns into
    words: "not-translatable" (the paragraph is kept as in the source, e.g. code), "empty" (a
    status for a paragraph that has no translation to mark). `number` is 1-based."""

    def __init__(self, number: int, reason: str):
        words = {"not-translatable": "is not translated (kept as in the source)",
                 "empty": "has no translation to mark"}
        super().__init__(f"paragraph {number} {words.get(reason, reason)}")
        self.number = number
        self.reason = reason


class ImporterFailed(DocumentImportError):
    """An importer met something it did not expect (a parser bug or a file of a shape nobody
    foresaw) and stopped; nothing was stored. The original exception is the `__cause__`: the
    CLI shows it only under --verbose."""

    def __init__(self, path: Path | str, exc: BaseException):
        super().__init__(path, "could not be imported: the importer stopped on something unexpected "
                               "in this file")
        self.kind = type(exc).__name__


class MemoryFileError(WorkbenchError):
    """The translation memory file is not one of ours, is damaged, or is newer than this
    version. Left untouched."""
