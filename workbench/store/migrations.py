"""The project schema, as an ordered list of sqlite-utils migrations.

Each migration runs in one transaction together with sqlite-utils' record of it and with
`PRAGMA user_version = <its number>`, so `user_version` always equals the number of applied
migrations. A file whose user_version is above SCHEMA_VERSION was written by a newer workbench
and is refused before anything runs on it. Migrations are append-only: never edit or reorder a
released one; add the next.

Tables (the repository is the only other module that names them):
- documents: one row per imported source file.
- paragraphs: the segments in project order; `id` is AUTOINCREMENT so an id is never reused even
  if paragraphs are deleted one day (a reviewed DOCX is matched back by id).
- revisions: every saved version of a target, append-only (the machine original is never lost).
- settings: project facts (language pair, engine, default model).
- glossary (migration 2): the project glossary; its SQL is shared with the user glossary file
  (glossary_repository.GLOSSARY_SCHEMA_V1).
- revisions.author (migration 3): the person who saved a user revision.

Full-text search is not here yet: the reader's search (issue 3) needs Arabic match keys
(diacritics, alef/ya/ta-marbuta folded), so it will add its own FTS table over those keys in a
later migration, kept in step by triggers or by the repository.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

# "wbAr": identifies a workbench project in the SQLite header (offset 68), whatever its name.
APPLICATION_ID = 0x77624172

MIGRATIONS = Migrations("workbench-project")
_steps: list[str] = []


def _step(fn: Callable[[Database], None]) -> Callable[[Database], None]:
    number = len(_steps) + 1
    name = f"{number:04d}_{fn.__name__}"

    def run(db: Database) -> None:
        fn(db)
        db.execute(f"PRAGMA user_version = {number}")

    run.__name__ = name
    MIGRATIONS(name=name)(run)
    _steps.append(name)
    return fn


@_step
def initial(db: Database) -> None:
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    statements = [
        """CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            format TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            encoding TEXT,
            bidi_controls INTEGER NOT NULL DEFAULT 0,
            removed_controls INTEGER NOT NULL DEFAULT 0
        ) STRICT""",
        """CREATE TABLE paragraphs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            level INTEGER NOT NULL DEFAULT 0,
            translatable INTEGER NOT NULL DEFAULT 1,
            source TEXT NOT NULL,
            target TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'untranslated',
            engine TEXT NOT NULL DEFAULT '',
            model TEXT NOT NULL DEFAULT '',
            comment TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL DEFAULT ''
        ) STRICT""",
        "CREATE UNIQUE INDEX paragraphs_position ON paragraphs(position)",
        "CREATE INDEX paragraphs_document ON paragraphs(document_id)",
        """CREATE TABLE revisions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            paragraph_id INTEGER NOT NULL REFERENCES paragraphs(id),
            text TEXT NOT NULL,
            status TEXT NOT NULL,
            origin TEXT NOT NULL,
            engine TEXT NOT NULL DEFAULT '',
            model TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        ) STRICT""",
        "CREATE INDEX revisions_paragraph ON revisions(paragraph_id)",
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT",
    ]
    for sql in statements:
        db.execute(sql)


@_step
def glossary(db: Database) -> None:
    from workbench.store.glossary_repository import GLOSSARY_SCHEMA_V1

    for sql in GLOSSARY_SCHEMA_V1:
        db.execute(sql)


@_step
def revision_authors(db: Database) -> None:
    # Who saved each person's revision, for the history; older revisions keep "" (unknown).
    # ADD COLUMN rewrites no row, so every revision of an old project is kept as it was.
    db.execute("ALTER TABLE revisions ADD COLUMN author TEXT NOT NULL DEFAULT ''")
    # paragraphs.engine now names the engine behind the current text (the grid says "person"
    # where it is empty): clear it where a person's text differs from the latest draft.
    db.execute(
        """UPDATE paragraphs SET engine = '', model = ''
           WHERE status IN ('edited', 'reviewed', 'approved')
             AND target IS NOT (SELECT r.text FROM revisions r
                                WHERE r.paragraph_id = paragraphs.id
                                  AND r.origin IN ('machine', 'gloss')
                                ORDER BY r.id DESC LIMIT 1)"""
    )


@_step
def document_metadata(db: Database) -> None:
    # What an importer knew about a document besides its text (a web page's title, author and
    # date; a PDF's title): a JSON object; older documents get an empty one.
    db.execute("ALTER TABLE documents ADD COLUMN metadata TEXT NOT NULL DEFAULT '{}'")


@_step
def document_sources(db: Database) -> None:
    # The file a document was imported from, as it was (DOCX for now): the translated export
    # rebuilds that document with the English, also after the source file is gone.
    db.execute("CREATE TABLE document_sources (document_id INTEGER PRIMARY KEY "
               "REFERENCES documents(id) ON DELETE CASCADE, data BLOB NOT NULL)")


@_step
def inline_marks(db: Database) -> None:
    # A paragraph's inline formatting (bold words, links, note references) as numbered marks
    # over its plain source, JSON (core.inline.to_json); "" for none, as in every older file.
    db.execute("ALTER TABLE paragraphs ADD COLUMN marks TEXT NOT NULL DEFAULT ''")


@_step
def draft_confidence(db: Database) -> None:
    # How sure the model was of each machine draft: (mean, min) token log-probability per
    # sentence, JSON (mt/confidence.py), on the draft's revision and on the paragraph while its
    # text is that draft; "" where there is none (a person's text, a gloss, every older file).
    db.execute("ALTER TABLE paragraphs ADD COLUMN confidence TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE revisions ADD COLUMN confidence TEXT NOT NULL DEFAULT ''")


SCHEMA_VERSION = len(_steps)


def migrate(db: Database) -> None:
    """Apply pending migrations; each commits on its own. Caller holds the project lock."""
    if MIGRATIONS.pending(db):
        MIGRATIONS.apply(db)
