"""A commit that the disk refuses raises SaveFailed and loses nothing acknowledged before it.

The failure is real: a child process runs under RLIMIT_FSIZE, so the kernel fails the write
with EFBIG when the commit tries to grow the file (the test process itself is never limited).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.store.project_child import BIG_TEXT
from tests.store.support import REPO_ROOT, child_cmd, child_env
from workbench.core.errors import SaveFailed
from workbench.core.model import Origin
from workbench.store import ProjectStore

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")


def test_disk_full_at_commit_raises_save_failed_and_keeps_earlier_edits(project_path):
    with ProjectStore.open(project_path) as store:
        first, second, third = store.paragraph_ids()[1:4]
    done = subprocess.run(
        child_cmd("tests.store.project_child", "fsize", project_path, first, second, third),
        cwd=REPO_ROOT, env=child_env(), capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "ACK first"
    assert lines[1].startswith("SAVEFAILED"), lines
    assert "could not save" in json.loads(lines[1].split(" ", 1)[1])
    assert lines[2:] == ["ACK third", "ACK second"]
    with ProjectStore.open(project_path) as store:
        assert store.integrity_check() == []
        assert store.paragraph(first).target == "قبل الامتلاء"
        assert store.paragraph(third).target == "تعديل صغير يتسع"
        assert store.paragraph(second).target == "بعد تحرير المساحة"
        # the refused edit left no trace: one revision, the later successful one
        assert [(r.text, r.origin) for r in store.revisions(second)] == [("بعد تحرير المساحة", Origin.USER)]
        assert all(BIG_TEXT not in p.target for p in store.paragraphs())


def test_a_backup_that_cannot_be_written_raises_save_failed(store, tmp_path):
    with pytest.raises(SaveFailed) as info:
        store.backup(tmp_path / "no-such-folder" / "copy.wbproj")
    assert info.value.path == tmp_path / "no-such-folder" / "copy.wbproj"
