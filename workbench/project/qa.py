"""The QA part of the project: run every check kind over the project, the per-project switches
(the `qa_disabled` setting: a comma-separated list of kinds), the spelling settings
(`spelling_ignore`: words the spelling check accepts, one a line; `spelling_dictionaries`:
Hunspell dictionary names, comma-separated, default en_US,en_GB) and the QA report. Same
threading contract as Project: call on the thread that opened it."""

from __future__ import annotations

from pathlib import Path

from workbench.qa import KINDS, TERM_KINDS, check_paragraphs, parse_kinds
from workbench.qa.report import ReportRow, write_report
from workbench.qa.spelling import DEFAULT_DICTIONARIES

SETTING = "qa_disabled"
IGNORE_SETTING = "spelling_ignore"
DICTIONARIES_SETTING = "spelling_dictionaries"


def disabled_kinds(project) -> frozenset[str]:
    """The kinds switched off for this project (unknown names in the setting are ignored)."""
    raw = project.setting(SETTING, "") or ""
    return frozenset(k.strip() for k in raw.split(",") if k.strip() in KINDS)


def set_kind_enabled(project, kind: str, enabled: bool) -> frozenset[str]:
    """Switch one kind on or off for the project; returns the kinds now off."""
    parse_kinds(kind)  # ValueError for an unknown kind
    off = set(disabled_kinds(project))
    (off.discard if enabled else off.add)(kind)
    project.set_setting(SETTING, ",".join(k for k in KINDS if k in off))
    return frozenset(off)


def ignored_words(project) -> list[str]:
    """The project's spelling ignore list, in the order the words were added."""
    return [w for w in (project.setting(IGNORE_SETTING, "") or "").splitlines() if w.strip()]


def ignore_word(project, word: str) -> list[str]:
    """Add a word to the spelling ignore list (the window's "Ignore in this project"); a word
    already there (in any case) is not added twice. ValueError for a blank word or one with
    spaces (the list holds words)."""
    word = word.strip()
    if not word or any(c.isspace() for c in word):
        raise ValueError(f"not a single word: {word!r}")
    words = ignored_words(project)
    if word.casefold() not in {w.casefold() for w in words}:
        words.append(word)
        project.set_setting(IGNORE_SETTING, "\n".join(words))
    return words


def dictionaries(project) -> tuple[str, ...]:
    raw = project.setting(DICTIONARIES_SETTING, "") or ""
    return tuple(n.strip() for n in raw.split(",") if n.strip()) or DEFAULT_DICTIONARIES


def run_checks(project, kinds=None) -> list:
    """Every enabled kind (or those of `kinds`, still less the disabled ones), in project order.
    Term problems come as glossary.check.Problem (their JSON is what scripts already read),
    the other kinds as qa.Issue; both have number, position, document, kind and as_dict()."""
    on = frozenset(KINDS if kinds is None else kinds) - disabled_kinds(project)
    found: list = []
    if on & set(TERM_KINDS):
        found += [p for p in project.check() if p.kind in on]
    others = on - set(TERM_KINDS)
    if others:
        found += check_paragraphs(
            project.paragraphs(), documents=project.documents(),
            glossary_entries=project.glossary_entries(), kinds=others,
            ignored_words=ignored_words(project), dictionaries=dictionaries(project),
        )  # fmt: skip
    order = {k: i for i, k in enumerate(KINDS)}
    found.sort(key=lambda p: (p.number, order.get(p.kind, len(order))))
    return found


def report_rows(project, found) -> list[ReportRow]:
    """One row per issue of `found` (run_checks' result), with its paragraph's texts."""
    by_id = {p.id: p for p in project.paragraphs()} if any(getattr(f, "paragraph_id", 0) for f in found) else {}
    return [ReportRow.of(f, by_id.get(f.paragraph_id)) for f in found]


def write_qa_report(project, found, path: Path) -> Path:
    """The QA report at `path`: CSV or HTML by its extension (ValueError for any other)."""
    return write_report(report_rows(project, found), path, title=Path(getattr(project, "path", "") or "project").name)
