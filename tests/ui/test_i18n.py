"""UI translations: every .ts compiles, is complete and keeps its placeholders; the Arabic
translator installs and mirrors the layout."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from workbench.ui.i18n import apply_language, apply_layout_direction, install_translator, is_rtl, qm_file

ROOT = Path(__file__).resolve().parents[2]


def load_tool():
    spec = importlib.util.spec_from_file_location("workbench_i18n_tool", ROOT / "tools" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tool = load_tool()
TS_FILES = tool.ts_files()


@pytest.fixture
def app(qapp):
    yield qapp
    apply_language(qapp, "en")  # the application is shared by every UI test


def finished_messages(ts: Path) -> list[tuple[str, str, str]]:
    """(context, source, translation) of every finished singular message."""
    rows = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") != "yes" and translation.get("type") is None:
                rows.append((context.findtext("name"), message.findtext("source"), translation.text))
    return rows


def test_the_ts_files_exist():
    assert {ts.name for ts in TS_FILES} >= {"workbench_ar.ts", "workbench_en.ts"}


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_ts_compiles(ts, tmp_path):
    qm = tmp_path / ts.with_suffix(".qm").name
    result = tool.compile_ts(ts, qm)
    assert result.returncode == 0, result.stderr
    assert qm.is_file()
    assert "error" not in result.stderr.lower()


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_shipped_qm_matches_its_ts(ts, tmp_path):
    """The .qm in the package was compiled from the current .ts (run `tools/i18n.py compile`)."""
    fresh = tmp_path / ts.with_suffix(".qm").name
    tool.compile_ts(ts, fresh)
    shipped = tool.QM_DIR / fresh.name
    assert shipped.is_file(), f"{shipped.name} missing: run tools/i18n.py compile"
    assert shipped.read_bytes() == fresh.read_bytes(), f"{shipped.name} stale: run tools/i18n.py compile"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_translations_are_finished_and_keep_placeholders(ts):
    assert tool.problems(ts) == []


def test_every_ui_string_is_in_the_arabic_ts(tmp_path):
    """lupdate over today's sources finds nothing new (run `tools/i18n.py update`, translate)."""
    ts = tmp_path / "workbench_ar.ts"
    shutil.copy(tool.TS_DIR / "workbench_ar.ts", ts)
    sources = [str(p) for p in tool.source_files()]
    subprocess.run([tool.find_tool("lupdate"), "-no-obsolete", "-target-language", "ar", *sources,
                    "-ts", str(ts)], check=True, capture_output=True)
    assert tool.problems(ts) == []


def test_no_string_is_filed_under_the_empty_context():
    """A module-level `tr("...")` is filed under the empty context, but at run time it is looked
    up under its QObject's class name, so its translation is never found. Use
    `QCoreApplication.translate("Context", "...")` with a literal context instead."""
    root = ET.parse(tool.TS_DIR / "workbench_ar.ts").getroot()
    lost = [
        (message.find("location").get("filename") if message.find("location") is not None else "?",
         message.findtext("source"))
        for context in root.iter("context") if not context.findtext("name")
        for message in context.iter("message")
    ]
    assert lost == []


def test_the_checker_catches_broken_translations(tmp_path):
    ts = tmp_path / "workbench_xx.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="ar">\n'
        "<context><name>C</name>\n"
        "<message><source>Open {name}</source><translation>افتح {الاسم}</translation></message>\n"
        "<message><source>%1 of %2</source><translation>%1 من</translation></message>\n"
        '<message><source>Saved</source><translation type="unfinished"></translation></message>\n'
        "<message><source>Fine {name}</source><translation>حسنًا {name}</translation></message>\n"
        "</context></TS>\n",
        encoding="utf-8",
    )
    found = tool.problems(ts)
    assert len(found) == 3
    assert any("'Open {name}'" in p and "placeholders" in p for p in found)
    assert any("'%1 of %2'" in p for p in found)
    assert any("'Saved'" in p and "unfinished" in p for p in found)


def test_arabic_translator_translates_known_strings(app):
    rows = finished_messages(tool.TS_DIR / "workbench_ar.ts")
    assert rows, "the Arabic .ts has no finished translations"
    assert install_translator(app, "ar")
    for context, source, arabic in rows:
        assert QCoreApplication.translate(context, source) == arabic
        if re.search("[A-Za-z]{2}", source):  # words, not just "#" or "{name}"
            assert re.search("[\u0600-\u06ff]", arabic), (source, arabic)


def test_qt_own_strings_are_arabic_too(app):
    install_translator(app, "ar")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"


def test_english_removes_the_arabic_translator(app):
    context, source, arabic = finished_messages(tool.TS_DIR / "workbench_ar.ts")[0]
    install_translator(app, "ar")
    assert install_translator(app, "en")
    assert QCoreApplication.translate(context, source) == source


def test_unknown_language_stays_english(app):
    context, source, _ = finished_messages(tool.TS_DIR / "workbench_ar.ts")[0]
    assert qm_file("xx") is None
    assert not apply_language(app, "xx")
    assert QCoreApplication.translate(context, source) == source
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_arabic_ui_is_right_to_left(app):
    assert apply_language(app, "ar")
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert apply_language(app, "en")
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    apply_layout_direction(app, "ar_EG")
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_is_rtl():
    assert is_rtl("ar") and is_rtl("ar_SA") and is_rtl("AR-eg") and is_rtl("fa")
    assert not is_rtl("en") and not is_rtl("en_US") and not is_rtl("fr")
