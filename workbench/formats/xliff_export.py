"""XLIFF export of a project, version 1.2 or 2.0: one unit per paragraph, for other CAT tools.

Each unit's id is the paragraph's stable id (never its position), so `workbench merge` finds
the paragraph again whatever the other tool did to the order. Source and target carry their
languages (1.2: xml:lang; 2.0: srcLang/trgLang and srcDir="rtl" for Arabic), the status goes
into the state (xliff_states has the table), a comment becomes a note, and a paragraph that is
not translated (code) is marked translate="no".

Merge needs to know which project a file came from and what each paragraph looked like when it
left, so the file carries, in our own namespace (extension attributes both versions allow):
`wb:project` (the project's identity, its "project_uuid" setting) and `wb:exported` (UTC time)
on <file>, and `wb:stamp` on each unit (xliff_states.stamp of the target and status).

Streamed with lxml's incremental writer, unit by unit, into an atomic file (formats.atomic):
translate-toolkit builds the whole tree in memory first, which a 200,000-paragraph book makes
costly; tests read our files back with translate-toolkit to prove it accepts them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path

from lxml import etree

from workbench import __version__
from workbench.core.model import Paragraph, Status
from workbench.formats.atomic import atomic_write
from workbench.formats.xliff_states import NS_WB, STATE_12, STATE_20, direction, stamp

NS_12 = "urn:oasis:names:tc:xliff:document:1.2"
NS_20 = "urn:oasis:names:tc:xliff:document:2.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"  # declared on the root so lxml writes xml:lang
XML_LANG = f"{{{XML_NS}}}lang"
XML_SPACE = f"{{{XML_NS}}}space"
VERSIONS = ("1.2", "2.0")
TOOL_ID = "arabic-workbench"
# Inline tags (core.inline, U+E000-U+EBFF) go too: other tools would show them as unknown
# characters. Units are plain text; merge compares a returning target with xml_text(target).
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff\ue000-\uebff]")


def xml_text(text: str) -> str:
    """`text` as a unit carries it: without the characters XML 1.0 cannot hold (lxml refuses
    them) and without inline tags."""
    return _ILLEGAL_XML.sub("", text)


def export_xliff(
    paragraphs: Iterable[Paragraph],
    out: Path | str,
    *,
    version: str = "1.2",
    title: str = "",
    source_lang: str = "ar",
    target_lang: str = "en",
    comments: bool = True,
    project_id: str = "",
    exported_at: str | None = None,
) -> Path:
    """Write `paragraphs` as XLIFF `version` ("1.2" or "2.0") atomically; return the path.
    `project_id` ("" when unknown) and `exported_at` (default: now) go in the file's header."""
    if version not in VERSIONS:
        raise ValueError(f"XLIFF version must be one of {VERSIONS}, not {version!r}")
    stamp_at = exported_at or datetime.now(timezone.utc).isoformat(timespec="seconds")
    wb = {f"{{{NS_WB}}}exported": stamp_at}
    if project_id:
        wb[f"{{{NS_WB}}}project"] = project_id
    langs = (source_lang, target_lang)
    with atomic_write(out) as stream, etree.xmlfile(stream, encoding="utf-8") as xf:
        xf.write_declaration()
        if version == "1.2":
            _write_12(xf, paragraphs, title, langs, comments, wb, stamp_at)
        else:
            _write_20(xf, paragraphs, title, langs, comments, wb)
    return Path(out)


def _write_12(xf, paragraphs, title, langs, comments, wb, stamp_at) -> None:
    q = _qualify(NS_12)
    file_attrs = {"original": xml_text(title) or "project", "source-language": langs[0],
                  "target-language": langs[1], "datatype": "plaintext", "date": stamp_at,
                  "tool-id": TOOL_ID, **wb}
    with xf.element(q("xliff"), {"version": "1.2"}, nsmap={None: NS_12, "wb": NS_WB, "xml": XML_NS}):
        xf.write("\n")
        with xf.element(q("file"), file_attrs):
            with xf.element(q("header")):
                with xf.element(q("tool"), {"tool-id": TOOL_ID, "tool-name": "Arabic workbench",
                                            "tool-version": __version__}):
                    pass
            with xf.element(q("body")):
                for para in paragraphs:
                    xf.write("\n")
                    _unit_12(xf, para, q, langs, comments)
        xf.write("\n")


def _unit_12(xf, para: Paragraph, q, langs, comments) -> None:
    attrs = {"id": str(para.id), XML_SPACE: "preserve"}
    if not para.translatable:
        attrs["translate"] = "no"
    if para.status is Status.APPROVED:
        attrs["approved"] = "yes"
    attrs[f"{{{NS_WB}}}stamp"] = stamp(para.target, para.status)
    state, qualifier = STATE_12[para.status]
    target = {XML_LANG: langs[1], "state": state}
    if qualifier:
        target["state-qualifier"] = qualifier
    with xf.element(q("trans-unit"), attrs):
        _leaf(xf, q("source"), {XML_LANG: langs[0]}, para.source)
        _leaf(xf, q("target"), target, para.target)
        if comments and para.comment:
            _leaf(xf, q("note"), {"from": "comment"}, para.comment)


def _write_20(xf, paragraphs, title, langs, comments, wb) -> None:
    q = _qualify(NS_20)
    root_attrs = {"version": "2.0", "srcLang": langs[0], "trgLang": langs[1]}
    file_attrs = {"id": "f1", "original": xml_text(title) or "project",
                  "srcDir": direction(langs[0]), "trgDir": direction(langs[1]), **wb}
    with xf.element(q("xliff"), root_attrs, nsmap={None: NS_20, "wb": NS_WB, "xml": XML_NS}):
        xf.write("\n")
        with xf.element(q("file"), file_attrs):
            for para in paragraphs:
                xf.write("\n")
                _unit_20(xf, para, q, comments)
        xf.write("\n")


def _unit_20(xf, para: Paragraph, q, comments) -> None:
    attrs = {"id": str(para.id)}
    if not para.translatable:
        attrs["translate"] = "no"
    attrs[f"{{{NS_WB}}}stamp"] = stamp(para.target, para.status)
    state, substate = STATE_20[para.status]
    segment = {"state": state, **({"subState": substate} if substate else {})}
    with xf.element(q("unit"), attrs):
        if comments and para.comment:  # <notes> comes before the segments in a 2.0 unit
            with xf.element(q("notes")):
                _leaf(xf, q("note"), {"category": "comment"}, para.comment)
        with xf.element(q("segment"), segment):
            _leaf(xf, q("source"), {XML_SPACE: "preserve"}, para.source)
            if para.target:
                _leaf(xf, q("target"), {XML_SPACE: "preserve"}, para.target)


def _leaf(xf, tag: str, attrs: dict, text: str) -> None:
    with xf.element(tag, attrs):
        xf.write(xml_text(text))


def _qualify(namespace: str):
    return lambda name: f"{{{namespace}}}{name}"
