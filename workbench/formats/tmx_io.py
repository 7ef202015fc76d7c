"""TMX 1.4 in and out: translation units as neutral records (TmxUnit), never memory objects.

Written the way OmegaT and Trados read them: a header naming srclang, adminlang, datatype,
segtype, o-tmf and creationtool; each `tu` with tuid, creationdate/changedate in TMX's basic
format (YYYYMMDDTHHMMSSZ), creationid, notes first, then props, then one `tuv xml:lang` per
language with a plain-text `seg`. No DOCTYPE is written (a strict reader refuses one).
The file is written while the units are generated (lxml's incremental writer), to a temporary
file renamed over the output (formats.atomic), so a million units never sit in memory and an
error never leaves half a file. Reading is tmx_read.TmxReader (streaming, DTD-free); the
toolkit's `translate.storage.tmx.tmxfile` parses what we write (tests) but builds the whole tree,
so it is not used to read or write large memories here.
Pure functions: any thread may call them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from workbench import __version__
from workbench.formats.atomic import atomic_write
from workbench.formats.tmx_read import TmxReader, from_tmx_date

__all__ = ["TmxReader", "TmxUnit", "from_tmx_date", "read_tmx", "to_tmx_date", "write_tmx"]

CREATION_TOOL = "Arabic Workbench"
SEGTYPES = ("paragraph", "sentence", "phrase", "block")
_XML = "{http://www.w3.org/XML/1998/namespace}"
# characters XML 1.0 cannot carry at all (lxml refuses them), and inline tags (core.inline,
# U+E000-U+EBFF: a segment is plain text, another tool would show them as unknown characters):
# dropped, never written
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff\ue000-\uebff]")


@dataclass(frozen=True, slots=True)
class TmxUnit:
    """One translation unit. Dates are ISO 8601 ("" = unknown); `props` are (type, value) pairs
    written as <prop type="...">: x-project, x-document, x-status, x-origin by convention;
    `segtype` overrides the header's for this unit ("" = the header's)."""

    source: str
    target: str
    id: str = ""
    created: str = ""
    changed: str = ""
    creator: str = ""
    note: str = ""
    props: tuple[tuple[str, str], ...] = ()
    segtype: str = ""

    def prop(self, name: str, default: str = "") -> str:
        return next((value for key, value in self.props if key == name), default)


def to_tmx_date(iso: str) -> str:
    """ISO 8601 (any offset; naive = UTC) -> "YYYYMMDDTHHMMSSZ"; "" when it is not a date."""
    try:
        moment = datetime.fromisoformat(iso.strip())
    except (ValueError, AttributeError):
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def read_tmx(path: Path | str, *, source_lang: str = "ar", target_lang: str = "en") -> TmxReader:
    """A streaming reader over `path` (iterate it once; `skipped` counts units without both
    languages). DocumentImportError, as the file is read, on anything unsafe or malformed."""
    return TmxReader(Path(path), source_lang=source_lang, target_lang=target_lang)


def write_tmx(
    out: Path | str,
    units: Iterable[TmxUnit],
    *,
    source_lang: str = "ar",
    target_lang: str = "en",
    segtype: str = "paragraph",
    adminlang: str = "en",
) -> int:
    """Write `units` as TMX 1.4 to `out` atomically; return the number of units written."""
    from lxml import etree

    if segtype not in SEGTYPES:
        raise ValueError(f"segtype must be one of {SEGTYPES}, not {segtype!r}")
    header = {
        "creationtool": CREATION_TOOL, "creationtoolversion": __version__, "segtype": segtype,
        "o-tmf": "ArabicWorkbench", "adminlang": adminlang, "srclang": source_lang,
        "datatype": "plaintext", "creationdate": to_tmx_date(datetime.now(timezone.utc).isoformat()),
    }  # fmt: skip
    with atomic_write(out) as handle:
        handle.write(b'<?xml version="1.0" encoding="UTF-8"?>\n')  # double quotes, as tools write it
        written = _write_body(etree, handle, header, units, source_lang, target_lang)
    return written


def _write_body(etree, handle, header: dict, units, source_lang: str, target_lang: str) -> int:
    written = 0
    with etree.xmlfile(handle, encoding="utf-8") as xf:
        with xf.element("tmx", version="1.4"):
            xf.write("\n")
            xf.write(etree.Element("header", header), "\n")
            with xf.element("body"):
                xf.write("\n")
                for unit in units:
                    xf.write(_tu(etree, unit, source_lang, target_lang), pretty_print=True)
                    written += 1
            xf.write("\n")
    return written


def _tu(etree, unit: TmxUnit, source_lang: str, target_lang: str):
    tu = etree.Element("tu")
    for name, value in (
        ("tuid", unit.id), ("segtype", unit.segtype if unit.segtype in SEGTYPES else ""),
        ("creationdate", to_tmx_date(unit.created)), ("creationid", unit.creator),
        ("changedate", to_tmx_date(unit.changed)),
    ):  # fmt: skip
        if value:
            tu.set(name, _clean(value))
    if unit.note.strip():
        etree.SubElement(tu, "note").text = _clean(unit.note.strip())
    for name, value in unit.props:
        if value:
            prop = etree.SubElement(tu, "prop", type=_clean(name))
            prop.text = _clean(value)
    for lang, text in ((source_lang, unit.source), (target_lang, unit.target)):
        tuv = etree.SubElement(tu, "tuv", {f"{_XML}lang": lang})
        etree.SubElement(tuv, "seg").text = _clean(text)
    return tu


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def export_paragraphs(paragraphs, out: Path | str, *, source_lang: str = "ar",
                      target_lang: str = "en") -> Path:
    """`workbench export --format tmx`: one unit per paragraph a person confirmed (edited,
    reviewed, approved), its id the paragraph's; drafts and kept paragraphs are left out."""
    from workbench.core.inline import plain
    from workbench.core.model import Status

    confirmed = {Status.EDITED, Status.REVIEWED, Status.APPROVED}
    units = (  # plain text: a unit's formatting tags are the project's, not the memory's
        TmxUnit(p.source.strip(), plain(p.target).strip(), id=str(p.id), changed=p.updated_at,
                note=p.comment, props=(("x-status", p.status.value),))
        for p in paragraphs
        if p.status in confirmed and p.translatable and p.source.strip() and plain(p.target).strip()
    )
    write_tmx(out, units, source_lang=source_lang, target_lang=target_lang)
    return Path(out)
