"""Read an XLIFF 1.2 or 2.0 file that another tool translated, for `workbench merge`.

Safe by construction, like the other importers: a file over MAX_XLIFF_BYTES is refused before it
is read; it is parsed with defusedxml (expat) with DTDs, entities and external references
forbidden, so a file with a DOCTYPE is refused whole; elements nested deeper than MAX_DEPTH and
more than MAX_PARAGRAPHS units are refused. Every refusal is one DocumentImportError (the command
line: one line, exit 2) and nothing has been written anywhere.

Streamed: each unit is read when its end tag arrives and then cleared, so memory holds the units'
texts, not the file's tree. Inline codes are read for their text: <g>, <mrk>, <pc> keep their
content; the native code inside 1.2 <bpt>/<ept>/<ph>/<it> is left out; 2.0 <cp hex> becomes its
character. A 2.0 unit with several segments is read as one text (segments and ignorables in
order) at the least advanced state of its segments.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from workbench.core.errors import DocumentImportError
from workbench.core.model import Status
from workbench.formats.import_common import MAX_TEXT_BYTES, read_limited
from workbench.formats.import_limits import MAX_PARAGRAPHS
from workbench.formats.xliff_states import NS_WB, lowest, status_from_12, status_from_20

MAX_XLIFF_BYTES = MAX_TEXT_BYTES  # 50 MB
MAX_DEPTH = 64
_WB = f"{{{NS_WB}}}"
_CODE_CONTENT = frozenset({"bpt", "ept", "ph", "it"})  # 1.2: their text is native code


@dataclass(frozen=True, slots=True)
class XliffUnit:
    """One unit as the file has it. `target` None: the unit has no translation."""

    id: str
    source: str
    target: str | None
    status: Status | None  # what the file says the target stands at (None without a target)
    project: str = ""  # wb:project of its <file> ("" when absent)
    stamp: str = ""  # wb:stamp: the paragraph as exported ("" when absent)
    note: str = ""
    translatable: bool = True
    problem: str = ""  # why the unit cannot be used ("" when it can)


@dataclass(frozen=True, slots=True)
class XliffFile:
    version: str  # "1.2" or "2.0"
    source_lang: str
    target_lang: str
    exported_at: str
    units: tuple[XliffUnit, ...]


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def read_xliff(path: Path | str) -> XliffFile:
    """The units of an XLIFF file; DocumentImportError when it is refused (see the docstring)."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import iterparse

    path = Path(path)
    data = read_limited(path, MAX_XLIFF_BYTES)
    reader = _Reader(path)
    try:
        events = iterparse(io.BytesIO(data), events=("start", "end"),
                           forbid_dtd=True, forbid_entities=True, forbid_external=True)
        for event, element in events:
            reader.feed(event, element)
    except DefusedXmlException:
        raise DocumentImportError(path, "unsafe XML: the file declares a DOCTYPE or entities "
                                        "(refused)") from None
    except ET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        raise DocumentImportError(path, "not well-formed XML", line) from None
    return reader.result()


class _Reader:
    """The state of one streaming read: which <file> we are in, and the units so far."""

    def __init__(self, path: Path):
        self.path = path
        self.depth = 0
        self.version = ""
        self.langs = ["", ""]
        self.exported_at = ""
        self.project = ""
        self.units: list[XliffUnit] = []
        self.seen: set[str] = set()

    def feed(self, event: str, element) -> None:
        name = _local(element.tag)
        if event == "start":
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise DocumentImportError(self.path, f"elements nested deeper than {MAX_DEPTH}")
            if self.depth == 1:
                self._root(element, name)
            elif name == "file":
                self.project = element.get(f"{_WB}project", "")
                self.exported_at = self.exported_at or element.get(f"{_WB}exported", "")
                if self.version == "1.2":
                    self.langs = [element.get("source-language", ""), element.get("target-language", "")]
            return
        self.depth -= 1
        if (self.version, name) in (("1.2", "trans-unit"), ("2.0", "unit")):
            unit = (_unit_12 if self.version == "1.2" else _unit_20)(element, self.project)
            if unit.id in self.seen:
                raise DocumentImportError(self.path, f"two units have the id {unit.id[:40]!r}")
            self.seen.add(unit.id)
            self.units.append(unit)
            if len(self.units) > MAX_PARAGRAPHS:
                raise DocumentImportError(self.path, f"more than {MAX_PARAGRAPHS:,} units; split it")
            element.clear()

    def _root(self, element, name: str) -> None:
        version = element.get("version", "")
        if name != "xliff" or not (version.startswith("1.") or version.startswith("2.")):
            raise DocumentImportError(self.path, f"not an XLIFF file (root element <{name}>)")
        self.version = "1.2" if version.startswith("1.") else "2.0"
        self.langs = [element.get("srcLang", ""), element.get("trgLang", "")]

    def result(self) -> XliffFile:
        if not self.version:
            raise DocumentImportError(self.path, "not an XLIFF file")
        return XliffFile(self.version, self.langs[0], self.langs[1], self.exported_at,
                         tuple(self.units))


def _unit_12(unit, project: str) -> XliffUnit:
    children = {_local(c.tag): c for c in reversed(unit)}  # the first of each name
    source, target = children.get("source"), children.get("target")
    text = _text(target) if target is not None else ""
    status = None
    if text:
        status = status_from_12(target.get("state"), target.get("state-qualifier"),
                                unit.get("approved"))
    notes = [_text(c) for c in unit if _local(c.tag) == "note"]
    return XliffUnit(unit.get("id", ""), _text(source) if source is not None else "",
                     text or None, status, project, unit.get(f"{_WB}stamp", ""),
                     "\n".join(n for n in notes if n), unit.get("translate", "yes") != "no",
                     "" if unit.get("id") else "a unit without an id")


def _unit_20(unit, project: str) -> XliffUnit:
    sources, targets, states, problem = [], [], [], ""
    for part in unit:
        kind = _local(part.tag)
        if kind not in ("segment", "ignorable"):
            continue
        source = next((c for c in part if _local(c.tag) == "source"), None)
        target = next((c for c in part if _local(c.tag) == "target"), None)
        sources.append(_text(source) if source is not None else "")
        targets.append(_text(target) if target is not None else None)
        if kind == "segment" and target is not None:
            states.append(status_from_20(part.get("state"), part.get("subState")))
        elif kind == "segment":
            states.append(None)
    text = None
    if any(t for t in targets):
        if None in states:
            problem = "some segments of the unit have no translation"
        text = "".join(t if t is not None else s for s, t in zip(sources, targets, strict=True))
    status = lowest([s for s in states if s is not None]) if text and not problem else None
    notes = [_text(n) for c in unit if _local(c.tag) == "notes" for n in c if _local(n.tag) == "note"]
    uid = unit.get("id", "")
    return XliffUnit(uid, "".join(sources), text, status, project, unit.get(f"{_WB}stamp", ""),
                     "\n".join(n for n in notes if n), unit.get("translate", "yes") != "no",
                     problem or ("" if uid else "a unit without an id"))


def _text(element) -> str:
    """The text of a source or target with its inline codes (see the module docstring)."""
    parts = [element.text or ""]
    for child in element:
        name = _local(child.tag)
        if name == "cp":
            parts.append(_code_point(child.get("hex", "")))
        elif name not in _CODE_CONTENT:
            parts.append(_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _code_point(hex_value: str) -> str:
    try:
        return chr(int(hex_value, 16))
    except (ValueError, OverflowError):
        return ""
