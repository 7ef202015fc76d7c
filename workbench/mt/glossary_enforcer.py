"""Glossary enforcement in machine translation: drafts use the glossary's English terms.

Mechanism (translate, then replace): the wrapped engine translates as usual; separately it
translates each glossary term found in the batch alone - as stored, as its base form with and
without the article, and as the clitic-bearing words it appears in (وبالحكومة) - and, if the
engine offers `alternatives(text, n)`, its n-best renderings too. Those are the ways this model
renders the term. Each draft is then rewritten by glossary_rewrite: where the English term is
missing, a known rendering is replaced by it (article- and case-aware); where none is found the
draft stays as the model made it and the terminology check flags it. Never inserted blindly.

Gloss drafts show a word the lexicon does not know as "[transliteration]", proclitics included
(لداعش -> "[ldAςš]"). That bracket is always a known rendering of a term (with or without an
inner engine, so re-applying works on old gloss drafts too), and a term's proclitics are first
moved out of it as English ("for [dAςš]"), so the result reads "for ISIS". This lives here, not
in the gloss engine, because re-applying a changed glossary rewrites existing drafts.

The gloss engine is the exception: it takes the glossary itself (GlossEngine.translate), so a
term of any length replaces the glosses of its words, and re-applying glosses a gloss draft
again rather than rewriting it.

Term renderings are translated in one batch before the paragraphs (so the inner engine is never
re-entered while it streams) and cached for the life of the wrapper.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from workbench.arabic.clitics import base_form
from workbench.glossary.entries import Glossary, GlossaryEntry
from workbench.core.jobs import JobContext
from workbench.core.model import Draft, Paragraph, Status, TranslationRequest
from workbench.mt.engine import Engine
from workbench.mt.glossary_rewrite import rewrite

ALTERNATIVES = 4  # n-best renderings asked of an engine that offers them
MAX_SURFACE_WORDS = 4  # clitic-bearing spellings of one term translated alone, per batch
_WORD = re.compile(r"\w+")
_EDGE_PUNCT = ".,;:!?\"'«»()[]،؛؟"


class _Quiet(JobContext):
    """The caller's cancellation without its progress: term lookups are not paragraphs."""

    def __init__(self, parent: JobContext):
        super().__init__()
        self._parent = parent

    def cancelled(self) -> bool:
        return self._parent.cancelled()

    def check(self) -> None:
        self._parent.check()


@dataclass(frozen=True, slots=True)
class Redraft:
    """A machine or gloss draft rewritten for the glossary: apply only if the paragraph still
    holds `base` with `status`."""

    paragraph_id: int
    base: str
    text: str
    engine: str
    model: str
    status: Status = Status.MACHINE

    def draft(self) -> Draft:
        return Draft(self.paragraph_id, self.text, self.engine, self.model, self.status)


class GlossaryEnforcer:
    """Finds how `inner` renders glossary terms and rewrites drafts with the glossary's English.

    Owned by the MT lane, like `inner` (which it calls to translate terms alone). Without an
    inner engine only forbidden renderings and case differences are fixed.
    """

    def __init__(self, glossary: Glossary, inner: Engine | None = None):
        self.glossary = glossary
        self.inner = inner
        self._rendered: dict[str, list[str]] = {}  # Arabic text -> the engine's renderings
        self._gloss = None  # the gloss engine for gloss drafts, made on first need

    def prepare(self, sources: Iterable[str], ctx: JobContext) -> None:
        """Translate, in one batch, every form of the terms found in `sources` not seen yet."""
        if self.inner is None:
            return
        todo: list[str] = []
        surface: dict[str, int] = {}
        for source in sources:
            for hit in self.glossary.hits(source):
                for text in (*_term_forms(hit.entry), _word_around(source, hit.start, hit.end)):
                    if text in self._rendered or text in todo:
                        continue
                    if text not in _term_forms(hit.entry):
                        if surface.get(hit.entry.ref, 0) >= MAX_SURFACE_WORDS:
                            continue
                        surface[hit.entry.ref] = surface.get(hit.entry.ref, 0) + 1
                    todo.append(text)
        if not todo:
            return
        quiet = _Quiet(ctx)
        requests = [TranslationRequest(-(i + 1), text) for i, text in enumerate(todo)]
        for text in todo:
            self._rendered[text] = []
        for draft in self.inner.translate(requests, quiet):
            self._rendered[todo[-draft.paragraph_id - 1]].append(draft.text)
        more = getattr(self.inner, "alternatives", None)
        if callable(more):
            for text in todo:
                quiet.check()
                self._rendered[text].extend(more(text, ALTERNATIVES))

    def renderings(self, source: str) -> dict[str, list[str]]:
        """Known renderings of each term found in `source`, by entry ref (after `prepare`),
        always including how a gloss draft shows the term as an unknown word ("[dAςš]")."""
        from workbench.mt.gloss import unknown_word

        found: dict[str, list[str]] = {}
        for hit in self.glossary.hits(source):
            forms = (*_term_forms(hit.entry), _word_around(source, hit.start, hit.end))
            bucket = found.setdefault(hit.entry.ref, [])
            for text in forms:
                bucket.extend(r for r in self._rendered.get(text, ()) if r not in bucket)
            bucket.extend(r for r in map(unknown_word, _term_forms(hit.entry)) if r not in bucket)
        return found

    def enforce(self, source: str, text: str) -> str:
        text = _unglue_proclitics(self.glossary, source, text)
        return rewrite(text, source, self.glossary, self.renderings(source))

    def redraft(self, paragraphs: Sequence[Paragraph], ctx: JobContext) -> list[Redraft]:
        """Rewrite existing drafts (the window's re-apply after a glossary change): one Redraft
        per paragraph whose text changes. Callers pass machine and gloss drafts only.

        A gloss draft is glossed again with the glossary (gloss_redraft): the gloss engine puts
        a term of any length in place of its words' glosses itself, which rewriting a draft
        word by word cannot do for a term of several words."""
        machine = [p for p in paragraphs if p.status is not Status.GLOSS]
        self.prepare((p.source for p in machine), ctx)
        out = []
        for p in paragraphs:
            ctx.check()
            if p.status is Status.GLOSS:
                redraft = self._gloss_redraft(p)
                if redraft is not None:
                    out.append(redraft)
                continue
            text = self.enforce(p.source, p.target)
            if text != p.target:
                out.append(Redraft(p.id, p.target, text, p.engine, p.model))
        return out

    def _gloss_redraft(self, p: Paragraph) -> Redraft | None:
        from workbench.mt.tags import place

        engine = self._gloss_engine()
        text = engine.gloss_text(p.source, self.glossary)
        if p.marks:
            text = place(p.source, p.marks, text)
        if text == p.target:
            return None
        return Redraft(p.id, p.target, text, engine.name, engine.model, Status.GLOSS)

    def _gloss_engine(self):
        """The gloss engine: the inner engine when it is one, else the built-in one (the
        process-wide lexicon, so nothing more is loaded)."""
        if getattr(self.inner, "glosses_terms", False):
            return self.inner
        if getattr(self, "_gloss", None) is None:
            from workbench.mt.gloss import GlossEngine

            self._gloss = GlossEngine()
        return self._gloss


class GlossaryEngine:
    """An Engine that wraps another so its drafts use the glossary (see the module docstring).

    Same contract as the inner engine: owned by the MT lane, streams each paragraph's Draft as
    soon as the inner engine yields it, reports the inner engine's progress. Name, model and
    draft status are the inner engine's, so drafts are recorded as that engine's work.
    """

    def __init__(self, inner: Engine, glossary: Glossary | Iterable[GlossaryEntry]):
        self.inner = inner
        self.glossary = glossary if isinstance(glossary, Glossary) else Glossary(glossary)
        self.enforcer = GlossaryEnforcer(self.glossary, inner)
        self.name = inner.name
        self.model = inner.model
        self.draft_status = inner.draft_status

    def translate(self, requests: Sequence[TranslationRequest], ctx: JobContext) -> Iterator[Draft]:
        if getattr(self.inner, "glosses_terms", False):
            # The gloss engine puts each term in place of its words' glosses as it goes.
            yield from self.inner.translate(requests, ctx, glossary=self.glossary)
            return
        requests = list(requests)
        sources = {r.paragraph_id: r.source for r in requests}
        self.enforcer.prepare(sources.values(), ctx)
        for draft in self.inner.translate(requests, ctx):
            source = sources.get(draft.paragraph_id, "")
            text = self.enforcer.enforce(source, draft.text)
            yield draft if text == draft.text else Draft(
                draft.paragraph_id, text, draft.engine, draft.model, draft.status
            )

    def __getattr__(self, name: str):
        # Anything else the window may ask of the engine (close, alternatives...) is the inner's.
        return getattr(self.inner, name)


def _term_forms(entry: GlossaryEntry) -> tuple[str, ...]:
    """The term as stored, and for one word its base form with and without the article."""
    forms = [entry.arabic]
    if len(_WORD.findall(entry.arabic)) == 1:
        base = base_form(entry.arabic)
        forms += [base, "ال" + base]
    return tuple(dict.fromkeys(f for f in forms if f))


def _word_around(text: str, start: int, end: int) -> str:
    """The whole words a hit lies in (the hit of وبالحكومة covers only الحكومة)."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end].strip(_EDGE_PUNCT)


# Proclitics a gloss draft leaves inside an unknown word's brackets, with the English they keep.
_PROCLITICS = {"\u0648": "and", "\u0641": "so", "\u0628": "with", "\u0644": "for", "\u0643": "like"}


def _proclitic_english(prefix: str) -> str | None:
    """وب -> "and with", فال -> "so the"; None when `prefix` is not proclitics only."""
    article = prefix.endswith("\u0627\u0644")  # ال
    letters = prefix[:-2] if article else prefix
    if not prefix or any(c not in _PROCLITICS for c in letters):
        return None
    return " ".join([*(_PROCLITICS[c] for c in letters), *(["the"] if article else [])])


def _unglue_proclitics(glossary: Glossary, source: str, text: str) -> str:
    """A gloss draft shows an unknown word with its proclitics in one bracket, لداعش ->
    "[ldAςš]": for a glossary term the proclitics' English goes before the bare term's bracket,
    "for [dAςš]", so the rewrite replaces the term alone and the "for" stays."""
    from workbench.mt.gloss import unknown_word

    for hit in glossary.hits(source):
        word = _word_around(source, hit.start, hit.end)
        prefix = re.search(r"\S*$", source[: hit.start]).group().lstrip(_EDGE_PUNCT)
        english = _proclitic_english(prefix) if word.startswith(prefix) else None
        at = text.find(unknown_word(word)) if english is not None else -1
        if at >= 0:
            before = text[:at].rstrip().rstrip("\"')")
            if not before or before[-1] in ".!?":  # a sentence start: "And ISIS..."
                english = english[:1].upper() + english[1:]
            bare = unknown_word(word[len(prefix) :])
            text = f"{text[:at]}{english} {bare}{text[at + len(unknown_word(word)) :]}"
    return text
