"""Opening a project the way a person needs it opened: a damaged file names its way out, and
whatever is unusual about a file that does open is said once, in words.

- A damaged project (cut short, flipped bytes, failing SQLite's checks) raises ProjectDamaged
  naming the newest good rolling backup and the command that puts it back; nothing is written.
- A project that opens may still need saying something about: it lies in a synced or network
  folder (location.py), it opened read-only (its folder or file cannot be written, or it holds a
  value this version does not know), SQL of its own was removed (schema_guard), or paragraphs
  hold bytes that are not text (read with U+FFFD; `workbench repair` fixes them, keeping a copy).
  Each is logged once as a warning on the "workbench" logger (the CLI prints it as one line)
  and kept in `Project.warnings` for the window.
"""

from __future__ import annotations

import logging
from pathlib import Path

from workbench.core.errors import ProjectDamaged
from workbench.store.project_store import READ_ONLY_ASKED

_LOG = logging.getLogger("workbench.open")
_NAMED = 8  # paragraphs named in a warning; the rest are counted


def open_store(path: Path, *, read_only: bool = False):
    """ProjectStore.open, with a damaged file's error naming its newest good backup."""
    from workbench.store import ProjectStore

    try:
        return ProjectStore.open(path, read_only=read_only)
    except ProjectDamaged as exc:
        if exc.newest_good is not None:
            raise
        from workbench.project.backups import newest_good

        raise ProjectDamaged(exc.path, exc.problems, newest_good(Path(exc.path))) from exc


def warnings_for(project) -> list[str]:
    """What to tell the person about the project just opened (logged as warnings too)."""
    from workbench.project.location import warning_for

    store, name = project._store, project.path.name
    project.location_warning = warning_for(project.path)  # a cloud or network folder
    said = [project.location_warning]
    if store.read_only and store.read_only != READ_ONLY_ASKED:  # the caller knows it asked
        said.append(f"{name} is open read-only because {store.read_only}: you can read, search "
                    f"and export it, but changes cannot be saved")
    if store.removed_objects:
        objects = ", ".join(f"{kind} {obj!r}" for kind, obj in store.removed_objects)
        said.append(f"{name} carried SQL the workbench did not make ({objects}); it was "
                    f"removed before anything was saved, and no paragraph was changed")
    said = [text for text in said if text]
    for text in said:
        _LOG.warning(text)
    return said


def damaged_text_warning(project) -> str:
    """Once the project has read a U+FFFD (connection.LenientText), scan it once: which
    paragraphs hold bytes that are not text. Logged and returned the first time only; "" when
    nothing is damaged. The window asks after the first page, the command line on close."""
    store = project._store
    if not store.text_suspect or project._damage_said:
        return ""
    project._damage_said = True
    damaged = store.damaged_text()
    if not damaged:
        return ""  # a real U+FFFD in someone's text
    shown = ", ".join(str(position + 1) for _pid, position, _cols in damaged[:_NAMED])
    more = f" and {len(damaged) - _NAMED} more" if len(damaged) > _NAMED else ""
    text = (f"{project.path.name}: paragraph{'s' if len(damaged) > 1 else ''} {shown}{more} hold "
            f"bytes that are not text (shown as \ufffd); everything else reads and exports as "
            f"usual. 'workbench repair {project.path}' fixes them, keeping a copy")
    _LOG.warning(text)
    return text
