"""A project damaged on disk (cut short, bytes flipped, pages overwritten) opens with one plain
message naming what is wrong and its newest good backup; nothing is written to it, and
`workbench backups restore` brings the work back, keeping the damaged file."""

from __future__ import annotations

import pytest

from workbench.cli import main
from workbench.core.errors import ProjectDamaged
from workbench.project import Project, backups

PAGE = 4096


@pytest.fixture
def saved(tmp_path):
    """A project with a few pages of work and one good backup of it."""
    source = tmp_path / "notes.txt"
    source.write_text("\n\n".join(f"هذه الفقرة رقم {n} من دفتر الرحلة الطويلة." for n in range(400)),
                      encoding="utf-8")
    path = tmp_path / "notes.wbproj"
    with Project.create(path) as project:
        project.import_document(source)
        for pid in project.paragraph_ids()[:50]:
            project.save_target(pid, f"Paragraph {pid} of the travel notes.")
    with Project.open(path) as project:
        assert project.backup_error is None
    assert backups.newest_good(path) is not None
    return path


def _cut(data: bytes, where: float) -> bytes:
    return data[: int(len(data) * where)]


def _flip_page_headers(data: bytes, page: int) -> bytes:
    out = bytearray(data)
    for offset in range(page * PAGE, min(len(out), (page + 3) * PAGE), PAGE):
        out[offset] ^= 0xFF  # the b-tree page type byte
    return bytes(out)


def _zero_page(data: bytes, page: int) -> bytes:
    out = bytearray(data)
    out[page * PAGE:(page + 1) * PAGE] = bytes(PAGE)
    return bytes(out)


DAMAGES = {
    "cut at 30%": lambda d: _cut(d, 0.3),
    "cut at 77%": lambda d: _cut(d, 0.77),
    "cut inside a page": lambda d: d[: len(d) - 1000],
    "flipped bytes from page 2": lambda d: _flip_page_headers(d, 1),
    "flipped bytes from page 6": lambda d: _flip_page_headers(d, 5),
    "a zeroed page": lambda d: _zero_page(d, 3),
}


@pytest.mark.parametrize("damage", DAMAGES, ids=list(DAMAGES))
def test_a_damaged_project_names_its_newest_good_backup_and_is_not_touched(saved, damage, capsys):
    saved.write_bytes(DAMAGES[damage](saved.read_bytes()))
    before = saved.read_bytes()
    with pytest.raises(ProjectDamaged) as raised:
        Project.open(saved)
    assert raised.value.newest_good == backups.newest_good(saved) is not None
    capsys.readouterr()
    assert main(["status", str(saved)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "damaged" in err
    assert raised.value.newest_good.name in err and "workbench backups restore" in err
    assert saved.read_bytes() == before


def test_restore_brings_the_work_back_and_keeps_the_damaged_file(saved, capsys):
    saved.write_bytes(_zero_page(saved.read_bytes(), 3))
    damaged = saved.read_bytes()
    assert main(["backups", "restore", str(saved)]) == 0
    aside = [p for p in saved.parent.glob("notes.before-restore-*") if p.suffix == ".wbproj"]
    assert [p.read_bytes() for p in aside] == [damaged]
    with Project.open(saved) as project:
        assert project.paragraphs()[0].target == f"Paragraph {project.paragraph_ids()[0]} of the travel notes."
