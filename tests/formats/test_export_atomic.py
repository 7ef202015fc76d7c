"""Atomic export writes: a failure at any point leaves the old file byte-identical and no
temporary file behind; I/O problems arrive as ExportError."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.formats.test_export_sample import sample_paragraphs
from workbench.core.errors import ExportError
from workbench.core.model import Kind, Paragraph
from workbench.formats.atomic import TEMP_SUFFIX, atomic_write, temp_prefix, write_bytes, write_text
from workbench.formats.exporters import export

OLD = "القديم old content\n".encode()


def leftovers(path: Path) -> list[Path]:
    prefix = temp_prefix(path)
    return [p for p in path.parent.iterdir() if p.name.startswith(prefix) and p.name.endswith(TEMP_SUFFIX)]


@pytest.fixture
def existing(tmp_path: Path) -> Path:
    path = tmp_path / "out.docx"
    path.write_bytes(OLD)
    return path


def test_write_creates_the_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "new.txt"
    assert write_text(path, "سطر\nline\n") == path
    assert path.read_bytes() == "سطر\nline\n".encode()
    assert leftovers(path) == []


def test_replaces_an_existing_file_whole(existing: Path) -> None:
    write_bytes(existing, b"new")
    assert existing.read_bytes() == b"new"
    assert leftovers(existing) == []


def test_exception_half_way_keeps_the_old_file(existing: Path) -> None:
    with pytest.raises(RuntimeError, match="writer broke"):
        with atomic_write(existing) as stream:
            stream.write(b"partial output " * 1000)
            stream.flush()
            assert leftovers(existing), "the partial output goes to a temporary file"
            raise RuntimeError("writer broke")
    assert existing.read_bytes() == OLD
    assert leftovers(existing) == []


def test_os_error_in_the_body_becomes_export_error(existing: Path) -> None:
    with pytest.raises(ExportError, match="out.docx"):
        with atomic_write(existing) as stream:
            stream.write(b"partial")
            raise OSError(28, "No space left on device")
    assert existing.read_bytes() == OLD
    assert leftovers(existing) == []


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        write_text(tmp_path / "no" / "such" / "out.md", "x")
    assert not (tmp_path / "no").exists()


def test_a_folder_in_the_way_is_refused(tmp_path: Path) -> None:
    (tmp_path / "out.md").mkdir()
    with pytest.raises(ExportError, match="folder"):
        write_text(tmp_path / "out.md", "x")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions, not root")
def test_read_only_folder_is_refused_and_the_old_file_kept(existing: Path) -> None:
    folder = existing.parent
    folder.chmod(0o555)
    try:
        with pytest.raises(ExportError, match="permission denied"):
            export(sample_paragraphs(), existing, "docx")
    finally:
        folder.chmod(0o755)
    assert existing.read_bytes() == OLD
    assert leftovers(existing) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_replacement_keeps_the_permissions_of_the_old_file(existing: Path) -> None:
    existing.chmod(0o640)
    write_bytes(existing, b"new")
    assert existing.stat().st_mode & 0o777 == 0o640


def test_bad_input_fails_before_the_old_file_is_touched(existing: Path) -> None:
    """Every exporter builds its output before it opens the destination."""
    bad = Paragraph(id=1, document_id=1, position=99, kind=Kind.PARAGRAPH, source=None)  # type: ignore[arg-type]
    broken = [*sample_paragraphs(), bad]
    for fmt in ("docx", "md", "txt"):
        with pytest.raises(TypeError):
            export(broken, existing, fmt, force=True)  # one old file (out.docx) for all three
        assert existing.read_bytes() == OLD
        assert leftovers(existing) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_FSIZE semantics")
@pytest.mark.parametrize("fmt", ["docx", "md"])
def test_disk_full_half_way_keeps_the_old_file(existing: Path, fmt: str) -> None:
    """A real write failure part-way through: a child process may write only 4 KiB per file
    (RLIMIT_FSIZE), so the export's bytes hit EFBIG after a partial write."""
    child = textwrap.dedent(
        f"""
        import resource, signal, sys
        from dataclasses import replace
        from tests.formats.test_export_sample import sample_paragraphs
        from workbench.core.errors import ExportError
        from workbench.formats.exporters import OutputNameMismatch, export
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
        big = [replace(p, id=p.id + 1000 * n) for n in range(30) for p in sample_paragraphs()]
        try:
            export(big, {str(existing)!r}, {fmt!r}, force=True)  # md into out.docx: forced
        except OutputNameMismatch:
            sys.exit("the name check refused the export before any write")
        except ExportError as exc:
            print("EXPORT-ERROR", exc)
            sys.exit(0)
        sys.exit("export unexpectedly succeeded")
        """
    )
    root = Path(__file__).resolve().parents[2]
    command = [sys.executable, "-c", child]
    done = subprocess.run(command, cwd=root, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "EXPORT-ERROR" in done.stdout and "out.docx" in done.stdout
    assert existing.read_bytes() == OLD
    assert leftovers(existing) == []
