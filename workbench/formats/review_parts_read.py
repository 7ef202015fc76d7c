"""The parts of a review DOCX the reader needs, parsed safely: the main document, its comments and
the custom document properties.

The package passes the importer's checks first (import_zipcheck: a ZIP signature, sizes and
compression ratios from the ZIP directory, every XML part scanned for a DOCTYPE or entity
declarations and counted against the element limit) and only then is anything parsed, by lxml
with entities unresolved, no network, no DTD and no huge-tree mode (nesting capped by libxml2).
Parts are found through the package's relationships, with the usual names as fallback.
"""

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass
from pathlib import Path

from workbench.core.errors import DocumentImportError
from workbench.formats import import_sniff
from workbench.formats.import_docx_errors import unreadable_reason
from workbench.formats.import_zipcheck import check_docx_package
from workbench.formats.review_changes import W, block_text

_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_CUSTOM = "{http://schemas.openxmlformats.org/officeDocument/2006/custom-properties}property"
_COMMENTS_TYPE = "/comments"
_CUSTOM_TYPE = "/custom-properties"


@dataclass(frozen=True)
class ReviewComment:
    """One comment of comments.xml: author, date and initials as written, its paragraphs joined
    with "\\n"."""

    author: str
    date: str
    text: str
    initials: str = ""


@dataclass(frozen=True)
class ReviewPackage:
    document: object  # the lxml root of the main document part
    comments: dict[str, ReviewComment]  # by w:id
    properties: dict[str, str]  # custom document properties by name


def load_package(path: Path) -> ReviewPackage:
    """Check and parse a review DOCX; DocumentImportError for anything that is not a safe DOCX."""
    _check_signature(path)
    main = check_docx_package(path)
    try:
        with zipfile.ZipFile(path) as archive:
            document = _parse(archive, main)
            if document is None:
                raise DocumentImportError(path, f"not a Word document: its main part {main!r} is empty")
            names = set(archive.namelist())
            comments_part = _related(archive, _rels_of(main), _COMMENTS_TYPE, posixpath.dirname(main))
            custom_part = _related(archive, "_rels/.rels", _CUSTOM_TYPE, "")
            comments = _comments(_parse(archive, comments_part or _fallback(names, "word/comments.xml")))
            properties = _properties(_parse(archive, custom_part or _fallback(names, "docProps/custom.xml")))
    except DocumentImportError:
        raise
    except Exception as exc:  # lxml syntax errors, a missing part, ...: the package passed the scan
        raise DocumentImportError(path, unreadable_reason(exc)) from exc
    return ReviewPackage(document, comments, properties)


def _check_signature(path: Path) -> None:
    """Refuse what is not a ZIP at all, saying what it is (the DOCX importer's words)."""
    if not path.is_file():
        raise DocumentImportError(path, "file not found" if not path.exists() else "not a regular file")
    try:
        head = import_sniff.read_head(path)
    except OSError as exc:
        raise DocumentImportError(path, f"cannot read the file: {exc.strerror or exc}") from exc
    if not head:
        raise DocumentImportError(path, "empty file")
    if import_sniff.is_zip(head):
        return
    if head.startswith(import_sniff.OLE_MAGIC):
        raise DocumentImportError(path, f"not a DOCX file: this is {import_sniff.describe_ole(path)}")
    if (name := import_sniff.describe_binary(head)) is not None:
        raise DocumentImportError(path, f"not a DOCX file: this is {name}")
    what = "unrecognised binary data" if import_sniff.looks_binary(head) else "it looks like plain text"
    raise DocumentImportError(path, f"not a DOCX file: no ZIP signature ({what})")


def _parse(archive: zipfile.ZipFile, name: str | None):
    if name is None:
        return None
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, remove_pis=True)
    data = archive.read(name)
    if not data.strip():
        return None
    root = etree.fromstring(data, parser)
    if root.getroottree().docinfo.doctype:  # refused by the scan already; never parsed past it
        raise ValueError(f"{name} declares a DOCTYPE")
    return root


def _rels_of(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{name}.rels")


def _related(archive: zipfile.ZipFile, rels: str, kind: str, base: str) -> str | None:
    """The member a relationship of type `kind` in `rels` points to, if it is in the package."""
    if rels not in archive.namelist():
        return None
    for rel in _parse(archive, rels).iter(_REL):
        if rel.get("Type", "").endswith(kind) and rel.get("TargetMode") != "External":
            target = rel.get("Target", "")
            name = target.lstrip("/") if target.startswith("/") else posixpath.join(base, target)
            name = posixpath.normpath(name)
            return name if name in archive.namelist() else None
    return None


def _fallback(names: set[str], name: str) -> str | None:
    return name if name in names else None


def _comments(root) -> dict[str, ReviewComment]:
    if root is None:
        return {}
    return {
        comment.get(f"{W}id", ""): ReviewComment(
            comment.get(f"{W}author", ""), comment.get(f"{W}date", ""), block_text(comment),
            comment.get(f"{W}initials", ""),
        )
        for comment in root.iter(f"{W}comment")
    }


def _properties(root) -> dict[str, str]:
    if root is None:
        return {}
    found: dict[str, str] = {}
    for prop in root.iter(_CUSTOM):
        value = next((child.text or "" for child in prop if isinstance(child.tag, str)), "")
        found.setdefault(prop.get("name", ""), value.strip())
    return found
