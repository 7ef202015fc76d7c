"""Target-only TXT: UTF-8, blank-line separated paragraphs, code verbatim, nothing dropped."""

from __future__ import annotations

from pathlib import Path

from tests.formats.test_export_sample import CODE, LIST_EN, PARAGRAPH_EN, sample_paragraphs
from workbench.formats.txt_export import export_txt, render_txt


def test_txt_holds_every_paragraph_in_order(tmp_path: Path) -> None:
    out = export_txt(sample_paragraphs(), tmp_path / "out.txt", title="not written")
    data = out.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf") and b"\r" not in data
    blocks = data.decode("utf-8").removesuffix("\n").split("\n\n")
    assert blocks[:5] == [
        "Report on the water network",
        PARAGRAPH_EN,
        "The new plan",
        LIST_EN,
        "تركيب عدادات حديثة",  # untranslated: the source, so nothing is silently dropped
    ]
    assert blocks[5] == "Price 5 * 3 | <script>alert(1)</script> &\ntotal"  # text stays text
    assert blocks[6] == CODE  # indentation kept
    assert blocks[8] == "لم تترجم هذه الفقرة بعد."
    assert len(blocks) == len(sample_paragraphs())
    assert "not written" not in data.decode()


def test_empty_document_gives_an_empty_file() -> None:
    assert render_txt([]) == ""
