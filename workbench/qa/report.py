"""The QA report a reviewer reads without the application: CSV (one row per issue, for a
spreadsheet) or one self-contained HTML page (issues grouped by kind, with counts). Every
text is escaped; Arabic cells are right-to-left; tags show as {1} {/1}. Pure but for the
write, which is atomic (a temporary file beside the report, then a rename)."""

from __future__ import annotations

import csv
import html
import io
import os
import re
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from workbench.core import inline
from workbench.qa.form import BIDI_CONTROLS
from workbench.qa.issue import KINDS, severity

FORMATS = {".csv": "csv", ".html": "html", ".htm": "html"}
COLUMNS = ("paragraph", "document", "position", "kind", "severity", "message", "source", "target")
EXCERPT = 70  # characters either side of the spot an issue points at


# bidi controls would reorder the report itself (U+202E reverses what follows): shown by name
_SHOW_CONTROLS = re.compile("[" + "".join(f"\\u{cp:04x}" for cp in sorted(BIDI_CONTROLS)) + "]")
_BREAKS = re.compile(r"[\r\n\t\u2028\u2029]+")


def _excerpt(text: str, spans) -> str:
    text = text or ""
    if spans:
        start, end = spans[0]
        lo, hi = max(0, start - EXCERPT), min(len(text), end + EXCERPT)
    else:
        lo, hi = 0, min(len(text), 2 * EXCERPT)
    piece = _SHOW_CONTROLS.sub(lambda m: f"[U+{ord(m.group()):04X}]", inline.visible(text[lo:hi]))
    piece = _BREAKS.sub(" ", piece)  # one line per row; double spaces stay: they may be the issue
    return ("…" if lo > 0 else "") + piece + ("…" if hi < len(text) else "")


def _message(found) -> str:
    message = getattr(found, "message", None)
    if message is not None:
        return message
    extra = f" (found “{found.detail}”)" if found.kind == "term-forbidden" else ""
    return f"the term {found.term} should be “{found.english}”{extra}"


@dataclass(frozen=True, slots=True)
class ReportRow:
    """One issue as the report shows it. `number` is the project-wide paragraph number (0 for
    a glossary entry or a note about the check), `position` the number within the document."""

    number: int
    document: str
    position: int
    kind: str
    severity: str
    message: str
    source: str = ""
    target: str = ""

    @classmethod
    def of(cls, found, paragraph=None) -> ReportRow:
        """From a qa.Issue or a glossary.check.Problem and its paragraph (None: no excerpts)."""
        source_spans = getattr(found, "source_spans", None)
        if source_spans is None:
            source_spans = (found.span,)
        target_spans = getattr(found, "target_spans", None)
        if target_spans is None:
            target_spans = (found.target_span,) if found.target_span else ()
        source = _excerpt(paragraph.source, source_spans) if paragraph else getattr(found, "entry", "")
        target = _excerpt(paragraph.target, target_spans) if paragraph else ""
        return cls(found.number, found.document, found.position, found.kind, severity(found), _message(found), source, target)

    def cells(self) -> tuple:
        return (self.number, self.document, self.position, self.kind, self.severity, self.message, self.source, self.target)


def report_format(path: Path) -> str:
    """"csv" or "html" from the file's extension; ValueError naming the ones known."""
    kind = FORMATS.get(Path(path).suffix.lower())
    if kind is None:
        raise ValueError(f"cannot write a QA report as {Path(path).suffix or 'a file without extension'}: "
                         "use .csv or .html")  # fmt: skip
    return kind


def to_csv(rows) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(row.cells() for row in rows)
    return out.getvalue()


_STYLE = """body{font-family:system-ui,sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;width:100%;margin-bottom:2em}th,td{border:1px solid #ccc;padding:4px 6px;
vertical-align:top;text-align:left}th{background:#f0f0f0}td.ar,td.en{white-space:pre-wrap}td.ar{text-align:right;font-family:'Noto Naskh Arabic',
'Amiri',serif;font-size:1.1em}.error{color:#a00000;font-weight:bold}.warning{color:#8a5a00}.info{color:#555}
h2 .count{color:#666;font-weight:normal}"""


def to_html(rows, title: str = "") -> str:
    rows = list(rows)
    e = html.escape
    counts = Counter(r.kind for r in rows)
    order = sorted(counts, key=lambda k: (list(KINDS).index(k) if k in KINDS else len(KINDS), k))
    heading = f"QA report: {title}" if title else "QA report"
    parts = ['<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">', f"<title>{e(heading)}</title>",
             f"<style>{_STYLE}</style></head><body>", f"<h1>{e(heading)}</h1>",
             f"<p>{len(rows)} issue(s) of {len(counts)} kind(s).</p>"]  # fmt: skip
    parts.append("<table><tr><th>kind</th><th>issues</th><th>what it means</th></tr>")
    parts += [f'<tr><td><a href="#{e(k)}">{e(k)}</a></td><td>{counts[k]}</td><td>{e(KINDS.get(k, ""))}</td></tr>' for k in order]
    parts.append("</table>")
    for kind in order:
        parts.append(f'<h2 id="{e(kind)}">{e(kind)} <span class="count">({counts[kind]})</span></h2>')
        parts.append("<table><tr><th>paragraph</th><th>document</th><th>severity</th><th>message</th>"
                     "<th>Arabic</th><th>English</th></tr>")  # fmt: skip
        for r in (r for r in rows if r.kind == kind):
            where = f"{e(r.document)}:{r.position}" if r.position else e(r.document)
            parts.append(f'<tr><td>{r.number or "—"}</td><td>{where}</td><td class="{e(r.severity)}">{e(r.severity)}</td>'
                         f'<td>{e(r.message)}</td><td class="ar" dir="rtl" lang="ar">{e(r.source)}</td>'
                         f'<td class="en" dir="auto">{e(r.target)}</td></tr>')  # fmt: skip
        parts.append("</table>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


def write_report(rows, path: Path, title: str = "") -> Path:
    """Write `rows` to `path` as CSV (UTF-8 with a byte-order mark, which spreadsheet programs
    need to read Arabic) or HTML, by its extension."""
    path = Path(path)
    kind = report_format(path)
    text = to_csv(rows) if kind == "csv" else to_html(rows, title)
    encoding = "utf-8-sig" if kind == "csv" else "utf-8"
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
