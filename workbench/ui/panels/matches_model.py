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

from workbench.ui.display_text import ltr
from workbench.ui.word_diff import word_diff_html

translate = QCoreApplication.translate
MAX_MATCHES = 5


@dataclass(frozen=True)
class MatchRow:
    number: int  # 1..5: Ctrl+number inserts it
    percent: str  # "85%", or "85% (75%)" when the score on the words as written differs
    tooltip: str  # both scores and the penalties, spelled out
    origin: str  # "document · project · date · author"
    source_diff: str  # HTML: the match's Arabic, with the words the current Arabic lacks marked
    target: str  # the English that Ctrl+number inserts


def _date(iso: str) -> str:
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


def _owner(match) -> str:
    """Whose unit it is: the memory keeps a project's identity, not its name."""
    if not match.unit.project:
        return translate("MatchesPanel", "imported")
    if "other project" in match.penalties:
        return translate("MatchesPanel", "another project")
    return translate("MatchesPanel", "this project")


def match_rows(matches, current_source: str) -> list[MatchRow]:
    rows = []
    for number, match in enumerate(matches[:MAX_MATCHES], 1):
        unit = match.unit
        percent = f"{match.score}%"
        if match.raw_score != match.score:
            percent += f" ({match.raw_score}%)"
        where = [unit.document, _owner(match), _date(unit.changed or unit.created), unit.author]
        diff, _ = word_diff_html(unit.source, current_source)
        rows.append(MatchRow(number, percent, _tooltip(match), " · ".join(w for w in where if w),
                             diff, match.target))
    return rows


def rows_html(rows: list[MatchRow], arabic_family: str = "", arabic_points: float = 0) -> str:
    """The rows as one HTML table: key and percent, Arabic diff, English, origin."""
    if not rows:
        return ""
    style = (f"font-family:'{html.escape(arabic_family)}';" if arabic_family else "") + (
        f"font-size:{arabic_points:g}pt;" if arabic_points > 0 else "")
    font = f' style="{style}"' if style else ""
    body = []
    for row in rows:
        key = ltr(f"Ctrl+{row.number}")
        body.append(
            f'<tr><td valign="top" style="white-space:nowrap"><b>{row.number}</b>&nbsp;'
            f'{html.escape(ltr(row.percent))}<br><small>{html.escape(key)}</small></td>'
            f'<td valign="top"><div dir="rtl" align="right"{font}>{row.source_diff}</div>'
            f'<div dir="ltr" align="left">{html.escape(row.target)}</div>'
            f'<div><small>{html.escape(row.origin)}</small></div></td></tr>')
    return ('<table width="100%" cellspacing="0" cellpadding="4" border="0">'
            + "".join(body) + "</table>")
