"""check_paragraphs: every QA kind over a project's paragraphs. Pure (no store, no Qt): runs
on whichever thread holds the paragraphs; the window may run it off the GUI thread.

Inline tags: `tags` compares a target's tag characters with the source's marks; every other kind
reads the English without them (qa.tags.PlainTarget) and reports spans over the stored target.

Which paragraphs each kind looks at: `untranslated` the translatable paragraphs marked as
translated (status not untranslated) whose English is blank; `bidi-control` every paragraph's
Arabic and English and every glossary entry; the other kinds the paragraphs the terminology
check looks at (translatable, translated, English not blank). A paragraph whose English is the
Arabic copied is reported as `copied-source` alone (its Arabic letters, length and sentences
would only repeat that). Project-wide kinds (`inconsistent-translation`, `same-english`,
`name-variant`) carry the other paragraphs' numbers in `related`. `spelling` without a
dictionary gives one issue of number 0 (severity "info": about the check, not the text).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from workbench.arabic.term_matcher import Term, TermMatcher, find_english
from workbench.core import inline
from workbench.core.model import Paragraph, Status
from workbench.glossary.check import check_paragraph, needs_check
from workbench.qa import content, form
from workbench.qa.consistency import consistency
from workbench.qa.dates import arabic_names, date_mismatch, hijri_day_equivalents
from workbench.qa.issue import KINDS, TERM_KINDS, Issue, kind_order
from workbench.qa.names import name_variants, renderings
from workbench.qa.spelling import DEFAULT_DICTIONARIES, NO_DICTIONARY, accepted_words, load_speller, spelling
from workbench.qa.numbers import arabic_numbers, compare, english_numbers, show
from workbench.qa.tags import PlainTarget, has_tags, tag_problems

__all__ = ["KINDS", "Issue", "check_paragraphs"]


def _names(documents) -> dict[int, str]:
    if documents is None:
        return {}
    if isinstance(documents, Mapping):
        return dict(documents)
    return {d.id: d.name for d in documents}


def _matcher(entries) -> tuple[TermMatcher | None, dict]:
    terms = {}
    for i, e in enumerate(entries):
        try:
            terms[i] = Term(i, e.arabic, e.english, e.mode, tuple(e.forbidden))
        except Exception:  # an invalid stored entry: the glossary itself reports it
            continue
    return (TermMatcher(terms.values()) if terms else None), terms


def _term_spans(matcher, para: Paragraph):
    """Spans of glossary terms in the source, and of their English in the target."""
    if matcher is None:
        return (), ()
    hits = matcher.find(para.source)
    src = [(h.start, h.end) for h in hits]
    tgt = [s for ref in {h.term_id for h in hits} for s in find_english(para.target, matcher.term(ref).english)]
    return src, tgt


def _number_findings(para, target: str, matcher, dates) -> list:
    src_spans, tgt_spans = _term_spans(matcher, replace(para, target=target))
    missing, extra = compare(para.source, target, src_spans, tgt_spans, hijri_day_equivalents(dates))
    out = [("number-missing", f"the number {show(n)} is not in the English", ((n.start, n.end),), ())
           for n in missing]  # fmt: skip
    out += [("number-extra", f"the number {show(n)} is in the English but not in the Arabic", (),
             ((n.start, n.end),)) for n in extra]  # fmt: skip
    return out


def _plain_findings(para: Paragraph, on: frozenset, matcher, lengths, plain: PlainTarget) -> list:
    """The kinds that read the English without its tags; their target spans are over `plain`."""
    s, t = para.source, plain.text
    out = []
    dates = arabic_names(s) if on & {"number-missing", "number-extra", "date-mismatch"} else ()
    if on & {"number-missing", "number-extra"}:
        out += [f for f in _number_findings(para, t, matcher, dates) if f[0] in on]
    if "date-mismatch" in on:
        out += date_mismatch(s, t, dates)
    if "arabic-in-english" in on:
        out += content.arabic_in_english(t)
    if "sentence-count" in on:
        out += content.sentence_count(s, t)
    if "repeated-phrase" in on:
        out += content.repeated_phrase(s, t)
    if "length-ratio" in on:
        out += lengths.check(s, t)
    if "punctuation" in on:
        out += form.punctuation(s, t)
    if "leftover-marker" in on:
        out += form.leftover_marker(t)
    return out


def _paragraph_findings(para: Paragraph, on: frozenset, matcher, lengths, spell) -> list:
    out = []
    if "bidi-control" in on:
        out += form.bidi_control(para.source, para.target)
    if not para.translatable:
        return out
    if para.status is not Status.UNTRANSLATED and not inline.plain(para.target).strip():
        if "untranslated" in on:
            out.append(("untranslated", f"marked {para.status.value} but the English is empty", (), ()))
        return out
    if not needs_check(para):
        return out
    plain = PlainTarget(para.target)
    copied = content.copied_source(para.source, plain.text)
    if copied:
        return out + (copied if "copied-source" in on else [])
    out += [(k, m, ss, plain.spans(ts)) for k, m, ss, ts in _plain_findings(para, on, matcher, lengths, plain)]
    if "double-space" in on:
        spaced = PlainTarget(para.target, keep_solo=True)
        out += [(k, m, ss, spaced.spans(ts)) for k, m, ss, ts in form.double_space(spaced.text)]
    if "tags" in on and has_tags(para.marks, para.target):
        out += tag_problems(para.marks, para.target)
    if "spelling" in on and spell is not None:
        def names():
            return plain.spans([en for _k, _a, _w, en in renderings(para.source, plain.text)])

        out += spelling(para.target, para.marks, spell[0], spell[1], names)
    return out


def _term_findings(para, matcher, terms) -> list:
    plain = PlainTarget(para.target)
    out = []
    for p in check_paragraph(replace(para, target=plain.text), matcher, {i: t for i, t in terms.items()}):
        found = f" (found “{p.detail}”)" if p.kind == "term-forbidden" else ""
        out.append((p.kind, f"the term {p.term} should be “{p.english}”{found}", (p.span,),
                    plain.spans((p.target_span,)) if p.target_span else ()))  # fmt: skip
    return out


def _name_variants(checked) -> dict[int, list]:
    plains = {p.position + 1: PlainTarget(p.target) for p in checked}
    found = name_variants((number, p.source, plain.text) for p, (number, plain) in zip(checked, plains.items()))
    return {number: [(k, m, ss, plains[number].spans(ts), rel) for k, m, ss, ts, rel in rows]
            for number, rows in found.items()}  # fmt: skip


def _glossary_issues(entries) -> list[Issue]:
    out = []
    for e in entries:
        for field in ("arabic", "english", "note"):
            names, _spans = form.describe_controls(getattr(e, field) or "")
            if names:
                out.append(Issue(0, 0, "glossary", 0, "bidi-control",
                                 f"the glossary entry {e.arabic.strip()}: its {field} holds {names}", entry=e.arabic))  # fmt: skip
    return out


def check_paragraphs(
    paragraphs: Iterable[Paragraph], *, documents=None, glossary_entries=(), disabled=frozenset(),
    kinds=None, ignored_words=(), dictionaries=DEFAULT_DICTIONARIES, speller=None,
) -> list[Issue]:  # fmt: skip
    """Issues of `paragraphs` (a project's, in project order), sorted by paragraph and kind.

    `documents`: Document objects or a mapping id -> name; `glossary_entries`: the effective
    glossary (its terms' numbers are left to the term check; its entries are checked for bidi
    controls, their English words are never misspelled; the term kinds run only when entries
    are given); `kinds`: the kinds to run (default all), less `disabled`; `ignored_words`: the
    project's words the spelling check accepts; `dictionaries`: the Hunspell dictionaries it
    reads (`speller`: one already loaded, qa.spelling.Speller)."""
    paragraphs = list(paragraphs)
    on = frozenset(KINDS if kinds is None else kinds) - frozenset(disabled)
    entries = list(glossary_entries)
    spell = None
    if "spelling" in on:
        speller = speller or load_speller(tuple(dictionaries))
        spell = (speller, accepted_words(entries, ignored_words)) if speller else None
    names = _names(documents)
    matcher, terms = _matcher(entries)
    # the number check skips numbers inside terms: only terms with a number need finding for it
    number_terms, _ = _matcher([e for e in entries if arabic_numbers(e.arabic) or english_numbers(e.english)])
    checked = [p for p in paragraphs if needs_check(p)]
    lengths = content.LengthModel((p.source, inline.plain(p.target)) for p in checked) if "length-ratio" in on else None
    related = consistency(((p.position + 1, p.source, inline.plain(p.target)) for p in checked), on)
    if "name-variant" in on:
        for number, found in _name_variants(checked).items():
            related[number] += found
    first: dict[int, int] = {}
    issues: list[Issue] = []
    for para in paragraphs:
        first.setdefault(para.document_id, para.position)
        findings = _paragraph_findings(para, on, number_terms, lengths, spell)
        if matcher is not None and on & set(TERM_KINDS):
            findings += [f for f in _term_findings(para, matcher, terms) if f[0] in on]
        number = para.position + 1
        base = (para.id, number, names.get(para.document_id, ""), para.position - first[para.document_id] + 1)
        issues += [Issue(*base, kind, msg, tuple(ss), tuple(ts)) for kind, msg, ss, ts in findings]
        issues += [Issue(*base, kind, msg, ss, ts, rel) for kind, msg, ss, ts, rel in related.get(number, ())]
    issues.sort(key=lambda i: (i.number, kind_order(i.kind)))
    if "bidi-control" in on:
        issues = _glossary_issues(entries) + issues
    if "spelling" in on and spell is None:
        issues.insert(0, Issue(0, 0, "", 0, "spelling", NO_DICTIONARY))
    return issues
