"""What the matches panel shows of one translation-memory match: its percent, where it came from,
what differs between its Arabic and the current Arabic, and its English.

`match_rows` turns the look-up's Match values into plain MatchRow values (no database, no
widget); `rows_html` lays them out as one HTML table for the panel's text browser: the Arabic
cells right to left, the English left to right, whatever the interface language.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt

from workbench.project.memory import differing_words
from workbench.ui.display_text import PDI, ltr
from workbench.ui.word_diff import DELETED

translate = QCoreApplication.translate
FSI = "\u2068"  # first strong isolate: the run takes the direction of its first letter
MAX_MATCHES = 5


@dataclass(frozen=True)
class MatchRow:
    number: int  # 1..5: Ctrl+number inserts it
    percent: str  # "85%", or "85% (75%)" when the score on the words as written differs
    tooltip: str  # both scores and the penalties, spelled out
    origin: str  # "project name · document · date · author"
    source_diff: str  # HTML: the match's Arabic, the words the current Arabic lacks marked
    # (compared as the memory compares them: a clitic or a diacritic is no difference)
    target: str  # the English that Ctrl+number inserts
    origin_parts: tuple[str, ...] = ()  # origin's parts, for layouts that keep each one whole
    score: str = ""  # "85%"
    raw: str = ""  # "75%", or "" when the words as written score the same


def date_text(iso: str) -> str:
    """An ISO 8601 time as a short date in the user's locale (the text itself if unreadable)."""
    when = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not when.isValid():
        return iso
    return QLocale().toString(when.toLocalTime().date(), QLocale.FormatType.ShortFormat)


def _tooltip(match) -> str:
    lines = [translate("MatchesPanel", "Match on the words, variants and clitics folded: {n}%")
             .format(n=match.score),
             translate("MatchesPanel", "Match on the words as written: {n}%").format(n=match.raw_score)]
    if match.exact:
        lines.append(translate("MatchesPanel", "Same Arabic once diacritics and variants are folded."))
    if match.penalties:
        lines.append(translate("MatchesPanel", "Lowered for: {why}").format(why=", ".join(match.penalties)))
    return "\n".join(lines)


def owner(unit, project_name: str, other: bool | None = None) -> str:
    """Where `unit` came from: its project's name; a project the memory knows only by its
    identity (no feed named it since): this or another project (`other`), or an unnamed one
    when not known; no project: an imported TMX."""
    if not unit.project:
        if unit.origin == "tmx":
            return translate("MatchesPanel", "TMX import")
        return translate("MatchesPanel", "imported")
    if project_name:
        return translate("MatchesPanel", "project {name}").format(name=project_name)
    if other is None:
        return translate("MatchesPanel", "unnamed project")
    return translate("MatchesPanel", "another project") if other else translate("MatchesPanel", "this project")


def origin_parts(unit, project_name: str, other: bool | None = None) -> tuple[str, ...]:
    """(project, document, date, author): the parts the unit has."""
    where = (owner(unit, project_name, other), unit.document, date_text(unit.changed or unit.created),
             unit.author)  # fmt: skip
    return tuple(w for w in where if w)


def origin_text(unit, project_name: str, other: bool | None = None) -> str:
    """"project · document · date · author"."""
    return " · ".join(origin_parts(unit, project_name, other))


def isolated(parts, separator: str = " · ") -> str:
    """`parts` joined, each a first-strong isolate: an Arabic file or project name and a Latin
    one keep their own order whatever the interface's direction."""
    return separator.join(f"{FSI}{part}{PDI}" for part in parts)


def match_rows(matches, current_source: str) -> list[MatchRow]:
    rows = []
    for number, match in enumerate(matches[:MAX_MATCHES], 1):
        unit = match.unit
        percent = f"{match.score}%"
        if match.raw_score != match.score:
            percent += f" ({match.raw_score}%)"
        parts = origin_parts(unit, match.project_name, "other project" in match.penalties)
        diff = "".join(DELETED.format(html.escape(piece)) if differs else html.escape(piece)
                       for piece, differs in differing_words(unit.source, current_source))
        raw = f"{match.raw_score}%" if match.raw_score != match.score else ""
        rows.append(MatchRow(number, percent, _tooltip(match), " · ".join(parts), diff, match.target,
                             parts, f"{match.score}%", raw))
    return rows


def rows_html(rows: list[MatchRow], arabic_family: str = "", arabic_points: float = 0) -> str:
    """The rows as one HTML table: key and percent, Arabic diff, English, origin."""
    if not rows:
        return ""
    style = (f"font-family:'{html.escape(arabic_family)}';" if arabic_family else "") + (
        f"font-size:{arabic_points:g}pt;" if arabic_points > 0 else "")
    font = f' style="{style}"' if style else ""
    body = []
    as_written = translate("MatchesPanel", "as written {n}")
    for row in rows:
        key = ltr(f"Ctrl+{row.number}")
        raw = f"<br><small>{html.escape(as_written.format(n=ltr(row.raw)))}</small>" if row.raw else ""
        # each origin part whole on its line: breaks fall between parts, not inside a file name
        where = " · ".join(f'<span style="white-space:nowrap">{html.escape(isolated([part]))}</span>'
                           for part in row.origin_parts)  # fmt: skip
        body.append(
            f'<tr><td valign="top" style="white-space:nowrap"><b>{row.number}</b>&nbsp;'
            f'<b>{html.escape(ltr(row.score))}</b>{raw}<br><small>{html.escape(key)}</small></td>'
            f'<td valign="top"><div dir="rtl" align="right"{font}>{row.source_diff}</div>'
            f'<div dir="ltr" align="left">{html.escape(row.target)}</div>'
            f'<div><small>{where}</small></div></td></tr>')
    return ('<table width="100%" cellspacing="0" cellpadding="4" border="0">'
            + "".join(body) + "</table>")
