"""The QA part of the project: run every check kind over the project, and the per-project
switches (the `qa_disabled` setting: a comma-separated list of kinds). Same threading contract
as Project: call on the thread that opened it."""

from __future__ import annotations

from workbench.qa import KINDS, TERM_KINDS, check_paragraphs, parse_kinds

SETTING = "qa_disabled"


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
        )  # fmt: skip
    order = {k: i for i, k in enumerate(KINDS)}
    found.sort(key=lambda p: (p.number, order.get(p.kind, len(order))))
    return found
