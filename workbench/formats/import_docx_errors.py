"""What python-docx's exceptions on a bad file mean, in one plain sentence for a person.

python-docx raises whatever its layers raise: KeyError from zipfile for a missing part, lxml's
XMLSyntaxError ("Excessive depth in document: 256 use XML_PARSE_HUGE option"), AttributeError
when a part holds the wrong kind of element ("'CT_Styles' object has no attribute 'body'"),
ValueError for a main part of another content type. The importer turns each into a
DocumentImportError whose reason is the sentence below; the original exception stays its
`__cause__`, which the command line prints only with --verbose.
"""

from __future__ import annotations

import zipfile

PREFIX = "not a readable Word document: it is damaged"


def unreadable_reason(exc: BaseException) -> str:
    """The refusal reason for an exception raised while python-docx opened or walked a file."""
    return f"{PREFIX} ({_what(exc)})"


def _what(exc: BaseException) -> str:
    text = str(exc)
    if isinstance(exc, RecursionError) or "depth" in text.lower():
        return "its XML is nested too deeply"
    if isinstance(exc, KeyError):  # zipfile: "There is no item named 'x' in the archive"
        return "a required part is missing"
    if isinstance(exc, zipfile.BadZipFile):
        return "the ZIP archive is damaged or truncated"
    if isinstance(exc, ValueError) and "content type" in text:
        return "its main part is not a Word document body"
    if isinstance(exc, (AttributeError, TypeError, IndexError)):
        return "a part does not hold what Word puts there"
    if type(exc).__name__ == "XMLSyntaxError":  # lxml, imported lazily by python-docx
        return "the XML of one of its parts is not well-formed"
    if isinstance(exc, (UnicodeError, LookupError)):
        return "a part is in an encoding Word does not use"
    return "a part could not be read"
