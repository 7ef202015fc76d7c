"""Which parts of a DOCX package are XML, by what the package declares rather than by name.

python-docx picks a part's class from its content type in [Content_Types].xml (an Override for
the part name, else the Default for its extension, both compared case-insensitively) and parses
every XML-typed part with lxml. So a part called `word/document` with an Override giving it the
main-document content type is parsed as XML although nothing in its name says so; the DOCTYPE
scan (import_zipcheck) must read it. Relationship parts (.rels) are parsed by name.
"""

from __future__ import annotations

import posixpath
import zipfile

CONTENT_TYPES = "[Content_Types].xml"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"


def xml_parts(archive: zipfile.ZipFile) -> set[str]:
    """Member names [Content_Types].xml declares with an XML content type (*xml, *+xml), plus
    every .xml and .rels member. Call it only once [Content_Types].xml passed the DOCTYPE and
    element-count scan; it is parsed with defusedxml all the same."""
    names = archive.namelist()
    declared = {name for name in names if name.lower().endswith((".xml", ".rels"))}
    try:
        info = archive.getinfo(CONTENT_TYPES)
    except KeyError:  # python-docx refuses such a package; the scan still covers every part
        return declared
    import defusedxml.ElementTree as SafeET

    root = SafeET.fromstring(archive.read(info), forbid_dtd=True)
    defaults: set[str] = set()
    overrides: set[str] = set()
    for node in root:
        xml_type = node.get("ContentType", "").strip().lower().endswith("xml")
        if node.tag == f"{_CT}Default" and xml_type:
            defaults.add(node.get("Extension", "").lower())
        elif node.tag == f"{_CT}Override" and xml_type:
            overrides.add(node.get("PartName", "").lstrip("/").lower())
    for name in names:
        extension = posixpath.splitext(name)[1][1:].lower()
        if name.lower() in overrides or extension in defaults:
            declared.add(name)
    return declared
