"""The project's half of the translation memory: what a person confirmed goes in, TMX in and out.

Only paragraphs a person confirmed (edited, reviewed, approved) ever enter the memory; machine
and gloss drafts never do. Each gives a paragraph-level unit keyed "<paragraph id>" and, when
the sentence split of its source and its target agree in count (two or more), one unit per
sentence keyed "<paragraph id>.<n>" (n from 1). The units are the project's (its project_uuid
setting); re-feeding a paragraph first removes its units, so re-confirming updates and an edit
that split a sentence differently leaves no stale sentence behind. Each feed also records the
project's name (its file's stem) and path under its uuid, so matches can name their project;
our TMX carries the name (x-project-name) and an import learns names it does not know yet.
The memory file is the user's
(memory.store.memory_path, one per language pair), opened per operation like the user glossary.
Feeding after an edit (`feed_after_edit`) never raises: the edit is already saved, and a memory
that cannot be written is logged as a warning on the "workbench.memory" logger.
Qt-free; call from the thread that owns the Project.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.core import inline
from workbench.core.model import Origin, Paragraph, Status
from workbench.formats.tmx_io import TmxUnit, read_tmx, write_tmx

if TYPE_CHECKING:  # imported when used: a broken memory package must not stop an edit's save
    from workbench.memory.store import MemoryStore
    from workbench.memory.units import Match, ProjectName, Unit

PERSON_STATUSES = frozenset({Status.EDITED, Status.REVIEWED, Status.APPROVED})
IDENTITY_KEY = "project_uuid"  # project.backups: the project's identity, kept in its settings
_log = logging.getLogger("workbench.memory")
# a sentence end (optionally closed by quotes or brackets) followed by white space
_END = re.compile(r"[.!?؟…۔][\"'»”’)\]]*\s+")
# English words a full stop follows without ending the sentence ("Mr. Smith", "U.S. forces")
_ABBREV = re.compile(r"(?:\b(?:mr|mrs|ms|dr|st|jr|sr|prof|gen|col|lt|sgt|capt|gov|sen|rep|no|vs|"
                     r"etc|inc|ltd|co|corp|jan|feb|mar|apr|aug|sept?|oct|nov|dec)|\b\w|\.\w)\.$",
                     re.IGNORECASE)


def split_sentences(text: str, *, english: bool = False) -> list[str]:
    """Sentences of `text`, each stripped; English skips the usual abbreviations and initials."""
    pieces, start = [], 0
    for end in _END.finditer(text):
        if english and _ABBREV.search(text, start, end.start() + 1):
            continue
        pieces.append(text[start:end.end()].strip())
        start = end.end()
    pieces.append(text[start:].strip())
    return [piece for piece in pieces if piece]


def project_id(project) -> str:
    return project.setting(IDENTITY_KEY, "") or ""


def project_name(project) -> ProjectName:
    """The project as the memory names it: uuid, the file's stem, the file's path."""
    from workbench.memory.units import ProjectName

    path = Path(project.path)
    return ProjectName(project_id(project), path.stem, str(path))


def _langs(project) -> tuple[str, str]:
    return project.setting("source_lang", "ar") or "ar", project.setting("target_lang", "en") or "en"


def _open(project=None, langs: tuple[str, str] = ("ar", "en")) -> MemoryStore:
    from workbench.memory.store import MemoryStore, memory_path

    return MemoryStore.open(memory_path(*(_langs(project) if project is not None else langs)))


def confirmed_units(project, paragraph: Paragraph, documents: dict[int, str] | None = None) -> list[Unit]:
    """The memory units a confirmed paragraph gives ([] for a draft, an empty or kept one)."""
    from workbench.memory.units import Unit

    source, target = paragraph.source.strip(), inline.plain(paragraph.target).strip()
    if paragraph.status not in PERSON_STATUSES or not paragraph.translatable or not source or not target:
        return []
    if documents is None:
        documents = {doc.id: doc.name for doc in project.documents()}
    edits = [rev for rev in project.revisions(paragraph.id) if rev.origin == Origin.USER]
    common = dict(
        project=project_id(project), document=documents.get(paragraph.document_id, ""),
        author=edits[-1].author if edits else "", status=paragraph.status.value, origin="person",
        created=edits[0].created_at if edits else paragraph.updated_at,
        changed=paragraph.updated_at, note=paragraph.comment,
    )  # fmt: skip
    units = [Unit(source, target, key=str(paragraph.id), **common)]
    sources, targets = split_sentences(source), split_sentences(target, english=True)
    if len(sources) > 1 and len(sources) == len(targets):
        units += [Unit(s, t, key=f"{paragraph.id}.{n}", **common)
                  for n, (s, t) in enumerate(zip(sources, targets), 1)]
    return units


def feed(project, paragraphs: Iterable[Paragraph]) -> int:
    """Replace the memory units of `paragraphs` by those their confirmed text gives; returns the
    units added. A project without an identity feeds nothing (its units could not be told apart)."""
    owner = project_id(project)
    if not owner:
        return 0
    paragraphs = list(paragraphs)
    documents = {doc.id: doc.name for doc in project.documents()}
    units = [unit for para in paragraphs for unit in confirmed_units(project, para, documents)]
    with _open(project) as memory:
        for para in paragraphs:
            memory.remove_project_key(owner, str(para.id))
        return memory.add(units, [project_name(project)]) if units else 0


def feed_after_edit(project, paragraph: Paragraph) -> None:
    """The facade's hook after a person's edit or mark: feed a confirmed paragraph, and never
    let a memory failure reach the caller (the edit is saved; the memory is a convenience)."""
    if paragraph.status not in PERSON_STATUSES:
        return
    try:
        feed(project, [paragraph])
    except Exception as exc:  # noqa: BLE001 - whatever broke, the saved edit must stand
        _log.warning("translation memory not updated for paragraph %s: %s", paragraph.id,
                     getattr(exc, "message", None) or exc)


def feed_all(project, batch: int = 500) -> int:
    """Feed every confirmed paragraph of `project` (`workbench tm add-project`); units added."""
    added = 0
    for offset in range(0, project.paragraph_count(), batch):
        added += feed(project, project.paragraphs(offset, batch))
    return added


def import_tmx(path: Path | str, *, source_lang: str = "ar", target_lang: str = "en") -> int:
    """Add the units of a TMX file to the user's memory in one transaction, read as a stream
    (DocumentImportError, nothing added, on a refused file); returns the units added."""
    reader = read_tmx(path, source_lang=source_lang, target_lang=target_lang)
    names: dict[str, ProjectName] = {}  # filled while the units stream, read after them
    with _open(langs=(source_lang, target_lang)) as memory:
        return memory.add((_from_tmx(unit, names) for unit in reader), names.values(), keep_names=True)


def export_tmx(out: Path | str, project=None, *, source_lang: str = "ar", target_lang: str = "en") -> Path:
    """The whole memory as TMX, or (`project` given) that project's confirmed paragraphs and
    sentences, read straight from the project. Returns `out`."""
    if project is not None:
        langs, names = _langs(project), {project_id(project): project_name(project).name}
        units = (_to_tmx(unit, names) for unit in _project_units(project))
        write_tmx(out, units, source_lang=langs[0], target_lang=langs[1])
        return Path(out)
    with _open(langs=(source_lang, target_lang)) as memory:
        names = memory.project_names()
        write_tmx(out, (_to_tmx(unit, names) for unit in memory.units()),
                  source_lang=source_lang, target_lang=target_lang)
    return Path(out)


def lookup(text: str, *, min_score: int = 50, limit: int = 5, project: str = "",
           source_lang: str = "ar", target_lang: str = "en") -> list[Match]:
    """Matches for `text` in the user's memory; `project` is a project_uuid (its units rank
    first). Each Match names its unit's project (`project_name`, "" when unknown)."""
    with _open(langs=(source_lang, target_lang)) as memory:
        return memory.lookup(text, min_score=min_score, limit=limit, project=project)


def differing_words(old: str, new: str) -> list[tuple[str, bool]]:
    """The words of `old` (a match's Arabic) that `new` lacks, the memory's way (memory.diff)."""
    from workbench.memory.diff import differing_words as words

    return words(old, new)


def stats(*, source_lang: str = "ar", target_lang: str = "en") -> dict[str, int]:
    with _open(langs=(source_lang, target_lang)) as memory:
        return memory.stats()


def _project_units(project, batch: int = 500) -> Iterator[Unit]:
    documents = {doc.id: doc.name for doc in project.documents()}
    for offset in range(0, project.paragraph_count(), batch):
        for para in project.paragraphs(offset, batch):
            yield from confirmed_units(project, para, documents)


def _to_tmx(unit: Unit, names: dict[str, str]) -> TmxUnit:
    props = (("x-project", unit.project), ("x-project-name", names.get(unit.project, "")),
             ("x-document", unit.document), ("x-status", unit.status), ("x-origin", unit.origin))
    sentence = bool(unit.project) and "." in unit.key  # our keys: "<paragraph>.<sentence>"
    return TmxUnit(unit.source, unit.target, id=f"{unit.project}:{unit.key}" if unit.key else "",
                   created=unit.created, changed=unit.changed, creator=unit.author, note=unit.note,
                   props=props, segtype="sentence" if sentence else "")


def _from_tmx(unit: TmxUnit, names: dict[str, ProjectName]) -> Unit:
    from workbench.memory.units import ORIGINS, ProjectName, Unit

    owner = unit.prop("x-project")
    if owner and owner not in names and unit.prop("x-project-name"):
        names[owner] = ProjectName(owner, unit.prop("x-project-name"))
    # our tuid is "<project>:<key>": the key comes back as it was, so a later feed replaces the
    # unit; any other tool's tuid is no key of ours ("" keys a unit by its source and target)
    key = unit.id.removeprefix(f"{owner}:") if owner and unit.id.startswith(f"{owner}:") else ""
    origin = unit.prop("x-origin", "tmx")
    return Unit(unit.source, unit.target, project=owner, document=unit.prop("x-document"),
                key=key, author=unit.creator, created=unit.created, changed=unit.changed,
                status=unit.prop("x-status"), origin=origin if origin in ORIGINS else "tmx",
                note=unit.note)
