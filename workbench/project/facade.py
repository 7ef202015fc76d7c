"""The Project facade: the one entry point the CLI and the window use.

A Project wraps one open project file. It is NOT thread-safe: every call must come from the
thread that opened it (the window's `store` lane, or the CLI's main thread). Engines run on
their own lane and hand their Drafts back through `apply_drafts`; `translate` is the serial path
the CLI uses, doing the same thing in one thread.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from workbench.core.errors import ProjectError
from workbench.core.jobs import JobContext
from workbench.core.model import (
    Document,
    Draft,
    Origin,
    Paragraph,
    Revision,
    Status,
    StatusCounts,
    TranslationRequest,
)
from workbench.project.glossary import ProjectGlossary
from workbench.mt.engine import Engine

class Project(ProjectGlossary):
    """Facade over one open project file (see the module docstring for the threading contract).

    The glossary methods (glossary, add_term, check, reapply_glossary...) are in
    project.glossary."""

    def __init__(self, store) -> None:
        self._store = store
        self.backup_error: Exception | None = None  # why the last rolling backup failed, if it did
        # Whose edits these are when a call names nobody: the window sets its "Your name"
        # preference here once per project (store lane), so no edit needs to carry it.
        self.author = ""
        self._changes_at_backup = store.total_changes
        self.location_warning = ""  # set by open(): why this folder is a risky place, if it is
        self.warnings: list[str] = []  # set by open(): what to tell the person (project.opening)
        self._damage_said = False  # damaged text named already (opening.damaged_text_warning)
        # A confirmed paragraph fills the drafts that repeat its source (store.repeats_store);
        # the window's preference turns it off. The last edit's propagated paragraphs:
        self.propagate_repeats = True
        self.last_propagated: list[Paragraph] = []

    # -- life cycle -------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str, *, source_lang: str = "ar", target_lang: str = "en") -> Project:
        from workbench.store import ProjectStore

        store = ProjectStore.create(Path(path))
        store.set_setting("source_lang", source_lang)
        store.set_setting("target_lang", target_lang)
        from workbench.project.backups import IDENTITY_KEY, new_identity

        # Born with the identity its backups are kept under, so that opening it later (a
        # command that then fails on bad input) never has to write to it.
        store.set_setting(IDENTITY_KEY, new_identity())
        return cls(store)

    @classmethod
    def open(cls, path: Path | str, *, backup: bool = True, read_only: bool = False) -> Project:
        """Open a project (project.opening); a rolling backup is taken first when one is due.

        A damaged file raises ProjectDamaged naming its newest good backup. What is unusual
        about a file that opens (read-only, a synced folder, damaged text) is in `warnings`.
        A failed backup never stops the work: it is kept in `backup_error` for the caller.
        """
        from workbench.project import opening

        project = cls(opening.open_store(Path(path), read_only=read_only))
        project.warnings = opening.warnings_for(project)
        if backup:
            project.take_backup()
        return project

    @property
    def read_only(self) -> str:
        """Why this project cannot be saved ("" when it can): view, search and export work."""
        return self._store.read_only

    def damaged_text(self) -> list[tuple[int, int, list[str]]]:
        return self._store.damaged_text()

    def repair(self) -> tuple[int, Path | None]:
        """Replace the bytes that are not text in damaged paragraphs by U+FFFD, after a backup
        of the file as it was. Returns (paragraphs repaired, that backup)."""
        if not self._store.damaged_text():
            return 0, None
        kept = self.take_backup(force=True)
        if kept is None:  # no copy, no repair: the bad bytes may be all that is left of a word
            raise self.backup_error or RuntimeError("no backup was made")
        return self._store.repair_text(), kept

    def take_backup(self, *, force: bool = False) -> Path | None:
        """A rolling backup if one is due (project.backups), or now with `force` (the window:
        on a timer while the project changes, and on close). None when none was due or it
        failed: `backup_error` then says why (BackupFailed, ProjectDamaged naming the newest good
        backup), and the failure is logged as a warning on the "workbench" logger, which the
        command line prints and the window shows. The project is never touched by a backup."""
        import logging

        from workbench.core.errors import BackupFailed, ProjectDamaged
        from workbench.project.backups import make_backup

        try:
            made = make_backup(self._store, force=force)
        except (BackupFailed, ProjectDamaged) as exc:
            self.backup_error = exc
            logging.getLogger("workbench.backups").warning("rolling backup not made: %s", exc.message)
            return None
        self.backup_error = None
        if made is not None:
            self._changes_at_backup = self._store.total_changes
        return made

    @property
    def changed_since_backup(self) -> bool:
        """Anything written through this Project since its last backup (or its opening)."""
        return self._store.total_changes != self._changes_at_backup

    @property
    def path(self) -> Path:
        return self._store.path

    def close(self) -> None:
        if not self._store.closed:
            from workbench.project.opening import damaged_text_warning

            damaged_text_warning(self)  # said once, if damaged text was read meanwhile
        self._store.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- reading ----------------------------------------------------------------------------
    def documents(self) -> list[Document]:
        return self._store.documents()

    def paragraph_count(self) -> int:
        return self._store.paragraph_count()

    def paragraph_ids(self) -> list[int]:
        return self._store.paragraph_ids()

    def paragraphs(self, offset: int = 0, limit: int | None = None) -> list[Paragraph]:
        return self._store.paragraphs(offset, limit)

    def paragraph(self, paragraph_id: int) -> Paragraph:
        return self._store.paragraph(paragraph_id)

    def status_counts(self) -> StatusCounts:
        return self._store.status_counts()

    def revisions(self, paragraph_id: int) -> list[Revision]:
        return self._store.revisions(paragraph_id)

    def machine_draft(self, paragraph_id: int) -> Revision | None:
        return self._store.machine_draft(paragraph_id)

    def setting(self, key: str, default: str | None = None) -> str | None:
        return self._store.get_setting(key, default)

    def set_setting(self, key: str, value: str) -> None:
        self._store.set_setting(key, value)

    # -- writing ----------------------------------------------------------------------------
    def import_document(self, path: Path | str, *, again: bool = False) -> Document:
        """Read, clean and segment a source file, then store it in one transaction.

        Any DocumentImportError is raised before the store is touched: the project is unchanged.
        A document whose name is already in the project is refused unless `again` is set:
        importing it twice would silently double every paragraph.
        """
        from workbench.core.errors import DocumentImportError
        from workbench.formats.importers import load_document

        source = load_document(Path(path))
        if not again and any(doc.name == source.name for doc in self.documents()):
            raise DocumentImportError(path, "a document with this name is already in the project "
                                            "(import it again only on purpose: --again)")
        return self._store.add_document(source)

    def translation_requests(
        self, *, only_untranslated: bool = False, paragraph_ids: Iterable[int] | None = None
    ) -> list[TranslationRequest]:
        return self._store.translation_requests(
            only_untranslated=only_untranslated, paragraph_ids=paragraph_ids
        )

    def apply_drafts(self, drafts: Iterable[Draft]) -> list[Paragraph]:
        return self._store.apply_drafts(drafts)

    def save_target(self, paragraph_id: int, text: str, status: Status = Status.EDITED,
                    author: str | None = None, origin: Origin = Origin.USER) -> Paragraph:
        """A person's edit, saved as a revision by `author` (None: `self.author`); `origin`
        Origin.MEMORY when it is a memory match the person inserted."""
        para = self._store.save_target(paragraph_id, text, status, self._author(author), origin)
        self._confirmed(para)
        return para

    def set_status(
        self, paragraph_id: int, status: Status, expected_target: str | None = None,
        author: str | None = None, *, record: bool = False,
    ) -> Paragraph:
        """See ProjectStore.set_status: StaleEdit when the target is not `expected_target`.
        The revision names `author` (None: `self.author`); `record` appends it even when the
        status is already `status` (a review accepted)."""
        para = self._store.set_status(paragraph_id, status, expected_target, self._author(author),
                                      record=record)
        self._confirmed(para)
        return para

    def _confirmed(self, para: Paragraph) -> None:
        """After a person's edit or mark: a confirmed paragraph goes to the translation memory
        (a failure there is logged, never raised: the edit is saved already), and, unless
        `propagate_repeats` is off, fills the drafts repeating its source; those are kept in
        `last_propagated` until the next edit (the window shows them)."""
        from workbench.project import memory

        memory.feed_after_edit(self, para)
        self.last_propagated = []
        if not self.propagate_repeats or para.status.is_draft:
            return
        try:
            self.last_propagated = self._store.propagate_repeat(para.id)
        except ProjectError as exc:  # the edit itself is saved; the repeats stay as they were
            logging.getLogger("workbench.project").warning(
                "repeats of paragraph %s not filled: %s", para.id, exc)

    def memory_feed_all(self) -> int:
        """Feed every confirmed paragraph to the translation memory; returns the units added."""
        from workbench.project import memory

        return memory.feed_all(self)

    def _author(self, author: str | None) -> str:
        from workbench.project.authors import clean_author

        return clean_author(self.author if author is None else author)

    def add_draft_revision(self, paragraph_id: int, text: str, engine: str, model: str = "",
                           status: Status = Status.MACHINE) -> Revision | None:
        """Keep an engine's draft in the paragraph's history, leaving the paragraph as it is
        (see ProjectStore.add_draft_revision)."""
        return self._store.add_draft_revision(paragraph_id, text, engine, model, status)

    def set_comment(self, paragraph_id: int, comment: str) -> Paragraph:
        return self._store.set_comment(paragraph_id, comment)

    def export(self, out: Path | str, fmt: str, layout: str | None = None, *,
               comments: bool = True, statuses: Iterable[str] | str | None = None,
               force: bool = False, document: str | None = None,
               keep_bidi_controls: bool | None = None) -> Path:
        """Write the project as `fmt` in `layout`; `comments` adds the paragraphs' comments
        (Word comments in DOCX, a note under the paragraph in Markdown; plain text has none).
        `statuses` (format "review" only): export just the paragraphs with these statuses.
        `document` (a name or "#id"): that document only; otherwise, with several documents, the
        DOCX, Markdown and text exports mark where each begins. The layout "translated" is the
        document in English in its own format (DOCX, ODT, HTML, Markdown; project.translated).
        An `out` whose extension is not the format's is refused (ExportError) unless `force`.
        Bidi embeddings, overrides and isolates are taken out of the prose unless
        `keep_bidi_controls` (None: as prepare_export.keeping_bidi_controls says on this thread;
        QA's bidi-control kind names them either way)."""
        from workbench.formats.prepare_export import keeping_bidi_controls

        if keep_bidi_controls is None:  # as the caller's block says: by default neutralised
            return self._export(out, fmt, layout, comments, statuses, force, document)
        with keeping_bidi_controls(keep_bidi_controls):
            return self._export(out, fmt, layout, comments, statuses, force, document)

    def _export(self, out, fmt, layout, comments, statuses, force, document) -> Path:
        from workbench.formats.exporters import PROJECT_LAYOUTS, check_name, export, resolve
        from workbench.project.documents import find_document

        spec, chosen_layout = resolve(fmt, layout)
        if (spec.name, chosen_layout) in PROJECT_LAYOUTS:
            from workbench.project.translated import export_translated

            if not force:
                check_name(out, spec.name)
            return export_translated(self, out, document, spec.name).path
        docs = self.documents()
        paragraphs = self.paragraphs()
        if document is not None:
            chosen = find_document(self, document)
            docs = [chosen]
            paragraphs = [p for p in paragraphs if p.document_id == chosen.id]
        title = docs[0].name if len(docs) == 1 else self.path.stem
        return export(
            paragraphs,
            Path(out),
            fmt,
            layout,
            title=title,
            source_lang=self.setting("source_lang", "ar") or "ar",
            target_lang=self.setting("target_lang", "en") or "en",
            comments=comments,
            project_id=self.setting("project_uuid", "") or "",  # XLIFF, review: what merge checks
            statuses=statuses,
            force=force,
            documents={d.id: d.name for d in docs} if len(docs) > 1 else None,
        )

    def translate(
        self,
        engine: Engine,
        ctx: JobContext,
        *,
        only_untranslated: bool = False,
        paragraph_ids: Iterable[int] | None = None,
    ) -> int:
        """Translate with `engine` in this thread (project.pipeline.translate: the glossary is
        enforced, drafts are written group by group, and on cancellation the drafts already
        made are written before Cancelled propagates). Returns drafts written."""
        from workbench.project import pipeline

        return pipeline.translate(self, pipeline.Translator(engine=engine), ctx,
                                  only_untranslated=only_untranslated, paragraph_ids=paragraph_ids)

    # -- paragraphs by number (the command line's show and edit) ----------------------------
    def paragraph_at(self, number: int) -> Paragraph:
        """The paragraph numbered `number`: 1-based, in project order (the window's row labels).
        Raises NoSuchParagraph outside 1..paragraph_count()."""
        from workbench.core.errors import NoSuchParagraph

        found = self.paragraphs(number - 1, 1) if number >= 1 else []
        if not found:
            raise NoSuchParagraph(number, self.paragraph_count())
        return found[0]
