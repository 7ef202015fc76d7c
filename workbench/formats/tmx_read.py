"""Reads a TMX file as a stream of TmxUnit, safely, in one pass.

The file is fed to expat 64 KB at a time and each finished `tu` is handed out before the next
chunk is read, so memory stays flat however many units there are (a 100,000-unit memory is
never held, let alone twice). Safety is the importers' (import_zipcheck): no DTD is ever read
and no entity is ever expanded. An internal DTD subset, any entity declaration and any reference
to an undeclared entity are refused. A bare external reference (`<!DOCTYPE tmx SYSTEM
"tmx14.dtd">`, which OmegaT and older Trados write in every TMX) is accepted and never opened:
expat reads no external DTD unless asked. The file size is limited like a DOCX's total.
Inline markup inside `seg` keeps its text (`hi`, `sub`) and drops native codes (bpt, ept, ph,
it, ut). Languages match on their primary subtag ("ar-SA" is "ar"); TMX 1.1's `lang` is read too.
"""

from __future__ import annotations

import xml.parsers.expat
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from workbench.core.errors import DocumentImportError
from workbench.formats.import_common import MAX_TOTAL_BYTES, size_over
from workbench.formats.import_limits import MAX_PARAGRAPH_CHARS

MAX_TMX_BYTES = MAX_TOTAL_BYTES  # streamed, so the bound is time, not memory: 200 MB
_CHUNK = 64 * 1024
_XML_LANG = "http://www.w3.org/XML/1998/namespace lang"
_CODES = frozenset({"bpt", "ept", "ph", "it", "ut"})


class _Forbidden(Exception):
    pass


def from_tmx_date(value: str) -> str:
    """"YYYYMMDDTHHMMSSZ" -> ISO 8601 UTC with milliseconds (the project's own stamps); ""."""
    try:
        moment = datetime.strptime(value.strip(), "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
    except (ValueError, AttributeError):
        return ""
    return moment.isoformat(timespec="milliseconds")


class TmxReader:
    """Iterate once for the units having both languages; `skipped` then counts the others.
    Owned by the thread iterating it. DocumentImportError (one line) on a refused file."""

    def __init__(self, path: Path, *, source_lang: str = "ar", target_lang: str = "en"):
        self.path = path
        self.langs = (_primary(source_lang), _primary(target_lang))
        self.skipped = 0
        self.count = 0

    def __iter__(self) -> Iterator:
        try:
            size = self.path.stat().st_size
            handle = self.path.open("rb")
        except OSError as exc:
            raise DocumentImportError(self.path, f"cannot read the file: {exc.strerror or exc}") from exc
        if size > MAX_TMX_BYTES:
            handle.close()
            raise DocumentImportError(self.path, f"too large: {size_over(size, MAX_TMX_BYTES)}")
        with handle:
            yield from self._parse(handle)

    def _parse(self, handle) -> Iterator:
        from workbench.formats.tmx_io import TmxUnit

        state = _State()
        parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")

        def doctype(_name, _sysid, _pubid, internal_subset):
            if internal_subset:
                raise _Forbidden("an internal DTD subset")

        def forbid(*_args):
            raise _Forbidden("entity declarations or references")

        parser.StartDoctypeDeclHandler = doctype
        parser.EntityDeclHandler = forbid
        parser.UnparsedEntityDeclHandler = forbid
        parser.ExternalEntityRefHandler = forbid
        parser.SkippedEntityHandler = forbid
        parser.StartElementHandler = state.start
        parser.EndElementHandler = state.end
        parser.CharacterDataHandler = state.text
        parser.buffer_text = True
        try:
            while True:
                chunk = handle.read(_CHUNK)
                parser.Parse(chunk, not chunk)
                for record in state.take():
                    unit = self._unit(record, TmxUnit)
                    if unit is not None:
                        yield unit
                if not chunk:
                    break
        except _Forbidden as exc:
            raise DocumentImportError(self.path, f"unsafe XML: {exc} (refused)",
                                      parser.CurrentLineNumber) from None
        except _Refused as exc:
            raise DocumentImportError(self.path, str(exc), parser.CurrentLineNumber) from None
        except xml.parsers.expat.ExpatError as exc:
            reason = xml.parsers.expat.errors.messages.get(exc.code, "error")
            raise DocumentImportError(self.path, f"not well-formed TMX ({reason})", exc.lineno) from exc
        if not state.root_seen:
            raise DocumentImportError(self.path, "not a TMX file (empty)")

    def _unit(self, record: dict, make):
        texts: dict[str, str] = {}
        for lang, text in record["tuvs"]:
            texts.setdefault(_primary(lang), text)
        source, target = (texts.get(lang, "").strip() for lang in self.langs)
        if not source or not target:
            self.skipped += 1
            return None
        self.count += 1
        attrs = record["attrs"]
        return make(
            source=source, target=target, id=attrs.get("tuid", ""),
            created=from_tmx_date(attrs.get("creationdate", "")),
            changed=from_tmx_date(attrs.get("changedate", "")),
            creator=attrs.get("creationid", "") or attrs.get("changeid", ""),
            note="\n".join(record["notes"]), props=tuple(record["props"]),
            segtype=attrs.get("segtype", ""),
        )  # fmt: skip


class _Refused(Exception):
    pass


def _primary(lang: str) -> str:
    return lang.strip().lower().replace("_", "-").split("-")[0]


class _State:
    """The expat callbacks: collects finished `tu` records until taken."""

    def __init__(self) -> None:
        self.root_seen = False
        self.done: list[dict] = []
        self.tu: dict | None = None
        self.lang = ""
        self.buffer: list[str] | None = None  # text of the seg, note or prop being read
        self.size = 0
        self.codes = 0  # depth inside native codes, whose text is not the segment's
        self.prop_type = ""

    def take(self) -> list[dict]:
        done, self.done = self.done, []
        return done

    def start(self, name: str, attrs: dict) -> None:
        if not self.root_seen:
            self.root_seen = True
            if name != "tmx":
                raise _Refused(f"not a TMX file (its root element is <{name.split(' ')[-1]}>)")
        if name == "tu":
            self.tu = {"attrs": dict(attrs), "tuvs": [], "notes": [], "props": []}
        elif self.tu is None:
            return
        elif name == "tuv":
            self.lang = attrs.get(_XML_LANG) or attrs.get("lang", "")
        elif name in ("seg", "note", "prop") and self.buffer is None:
            self.buffer, self.size, self.prop_type = [], 0, attrs.get("type", "")
        elif name in _CODES:
            self.codes += 1

    def text(self, data: str) -> None:
        if self.buffer is not None and not self.codes:
            self.size += len(data)
            if self.size > MAX_PARAGRAPH_CHARS:
                raise _Refused(f"a segment is over {MAX_PARAGRAPH_CHARS:,} characters")
            self.buffer.append(data)

    def end(self, name: str) -> None:
        if self.tu is None:
            return
        if name in _CODES:
            self.codes -= 1
        elif name in ("seg", "note", "prop") and self.buffer is not None:
            text, self.buffer = "".join(self.buffer), None
            if name == "seg":
                self.tu["tuvs"].append((self.lang, text))
            elif name == "note":
                self.tu["notes"].append(text.strip())
            elif self.prop_type:
                self.tu["props"].append((self.prop_type, text.strip()))
        elif name == "tu":
            self.done.append(self.tu)
            self.tu = None
