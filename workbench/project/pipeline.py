"""The translation pipeline the window and the command line share (Qt-free).

Choose the engine, wrap it with the glossary, translate, write drafts in groups, re-apply the
glossary to existing drafts. Each step names the thread it belongs to:

  plan(project, ...)                           store: requests + the glossary snapshot
  Translator.draft_groups(plan, ctx)           engine thread: glossary-enforced drafts, grouped
  project.apply_drafts(group)                  store: one transaction per group
  redraft_plan(project)                        store: machine drafts holding a term
  Translator.redrafts(redraft_plan, ctx)       engine thread: those drafts rewritten
  project.apply_redrafts(redrafts)             store: only where the draft is still the same
  apply_retranslation(project, drafts)         store: one paragraph's draft (Ctrl+T); beside a
                                               person's text in its history, never over it

The command line runs the steps in one thread (`translate`, `reapply_glossary`); the window runs
each on its lane (ui/translation.py): the same functions, so the same drafts.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from workbench.core.errors import Cancelled
from workbench.core.jobs import JobContext
from workbench.core.model import Draft, Paragraph, Status, TranslationRequest
from workbench.mt.tags import tag_drafts

# The project setting naming its engine (set by `workbench models default` or the model manager).
ENGINE_SETTING = "engine"
# A group of drafts is written when it holds this many, or when this long has passed since the
# last group: a fast engine (gloss: hundreds a second) writes one transaction per group, a slow
# one writes each draft as soon as it is made, so a kill loses at most one group's drafts.
GROUP_SIZE = 32
GROUP_SECONDS = 0.04
# With a focus (the rows on screen, the row being edited), the engine gets the requests in
# chunks of this many, each chosen afresh: the focused rows first, then on from the last of
# them in project order. Big enough to keep CTranslate2's batches full, small enough that a
# scroll is followed within a chunk's time.
FOCUS_CHUNK = 48


def choose_engine(*names: str | None) -> str | None:
    """The first engine name given, in order of precedence: the one asked for (`--engine`),
    the project's own, the preferred one (the window's preferences). None: the best installed."""
    return next((name for name in names if name), None)


@dataclass(frozen=True)
class EngineSpec:
    """Which engine, with which options (get_engine's: beam_size, compute_type, threads; or
    url and api_key for LibreTranslate). Options given as None keep the engine's default."""

    name: str | None = None
    options: Mapping[str, object] = field(default_factory=dict)

    def load(self):
        """The engine (on the thread that will use it). ModelNotInstalled, UnknownEngine, ..."""
        from workbench.mt.engines import get_engine

        options = {k: v for k, v in self.options.items() if v is not None}
        if self.name == "gloss":
            options = {}  # word glosses have no speed options
        return get_engine(self.name, **options)


@dataclass(frozen=True)
class Plan:
    """What to translate and with which glossary, read from the project in one store call;
    `memory` (project.pretranslate) when the memory fills what it can before the engine."""

    requests: list[TranslationRequest]
    glossary: object  # glossary.entries.Glossary
    memory: object = None  # pretranslate.MemoryPlan, or None

    @property
    def total(self) -> int:
        return max(len(self.requests), len(self.memory.requests) if self.memory else 0)


@dataclass(frozen=True)
class RedraftPlan:
    paragraphs: list[Paragraph]
    glossary: object


class Translator:
    """One engine, loaded on first use, and its glossary wrapper. Belongs to one thread: the
    command line's, or the window's `mt` lane (the engine is not thread-safe)."""

    def __init__(self, spec: EngineSpec | None = None, engine=None) -> None:
        self.spec = spec or EngineSpec()
        # An engine already wrapped for some glossary is unwrapped: it is wrapped for the
        # glossary of each plan, never twice.
        self._engine = getattr(engine, "inner", engine)
        self._wrapped = None  # GlossaryEngine around _engine, kept while engine and glossary are

    @property
    def engine(self):
        if self._engine is None:
            self._engine = self.spec.load()
        return self._engine

    def configure(self, spec: EngineSpec) -> None:
        """Use `spec` from now on; the engine loads again on next use."""
        self.spec = spec
        self.reset()

    def use(self, engine) -> None:
        """Translate with this engine, already built (tests and benchmarks build their own)."""
        self.reset()
        self._engine = getattr(engine, "inner", engine)

    def reset(self) -> None:
        self._engine = self._wrapped = None

    def with_glossary(self, glossary):
        """The engine wrapped so drafts use `glossary`; the engine itself when it is empty. The
        wrapper is reused while engine and glossary object stay the same: it caches how the
        model renders each term."""
        engine = self.engine
        if glossary is None or not len(glossary):
            return engine
        wrapped = self._wrapped
        if wrapped is None or wrapped.inner is not engine or wrapped.glossary is not glossary:
            from workbench.mt.glossary_enforcer import GlossaryEngine

            wrapped = self._wrapped = GlossaryEngine(engine, glossary)
        return wrapped

    def draft_groups(self, plan: Plan, ctx: JobContext, *, size: int = GROUP_SIZE,
                     seconds: float = GROUP_SECONDS,
                     focus: Callable[[], Sequence[int]] | None = None) -> Iterator[list[Draft]]:
        """Stream the plan's drafts in groups (see GROUP_SIZE): for each chunk of paragraphs,
        the memory's drafts first when the plan has a memory part, then the engine's for the
        ones the memory did not fill (the engine is not even loaded when none is left).
        Without `focus` the whole plan is one chunk. `focus()` (any thread may call it: it
        returns a snapshot) names the paragraphs wanted first, asked again for every chunk of
        FOCUS_CHUNK paragraphs (focused_chunks), so the drafts follow the person's scrolling
        and the memory never holds the screen back behind a whole book's look-ups."""
        memory = plan.memory
        ordered = plan.requests
        if memory is not None:  # every paragraph the memory or the engine may fill
            wanted = {r.paragraph_id: r for r in memory.requests}
            wanted.update((r.paragraph_id, r) for r in plan.requests)
            rank = {pid: n for n, pid in enumerate(sorted(wanted))}  # ids grow in import order
            ordered = sorted(wanted.values(), key=lambda r: rank[r.paragraph_id])
        chunks = [ordered] if focus is None else focused_chunks(ordered, focus, FOCUS_CHUNK)
        engine_ids = {r.paragraph_id for r in plan.requests}
        memory_ids = {r.paragraph_id for r in memory.requests} if memory is not None else set()
        done = 0
        for chunk in chunks:
            part = ctx.part(done, len(ordered)) if focus is not None else ctx
            filled: set[int] = set()
            mine = [r for r in chunk if r.paragraph_id in memory_ids]
            if mine:  # the memory first for these paragraphs (a person's earlier words)
                from dataclasses import replace

                from workbench.project.pretranslate import memory_draft_groups

                for group in memory_draft_groups(replace(memory, requests=mine), part, size=size):
                    filled.update(draft.paragraph_id for draft in group)
                    yield list(tag_drafts(group, mine, self._engine))
            rest = [r for r in chunk if r.paragraph_id in engine_ids and r.paragraph_id not in filled]
            if rest:  # the engine is not even loaded when nothing is left for it
                yield from self._groups(plan, rest, part, size, seconds)
            done += len(chunk)

    def translate(self, requests: Sequence[TranslationRequest], glossary, ctx: JobContext) -> list[Draft]:
        """Drafts for `requests` with `glossary`, their tags placed: one paragraph retranslated
        on request goes through here (the mt lane)."""
        return list(tag_drafts(self.with_glossary(glossary).translate(requests, ctx), requests,
                               self._engine))

    def _groups(self, plan, requests, ctx, size, seconds) -> Iterator[list[Draft]]:
        group, since = [], time.monotonic()
        try:
            drafts = self.with_glossary(plan.glossary).translate(requests, ctx)
            for draft in tag_drafts(drafts, requests, self._engine):
                group.append(draft)
                if len(group) >= size or time.monotonic() - since >= seconds:
                    yield group
                    group, since = [], time.monotonic()
        except Cancelled:
            if group:
                yield group  # finished work: written before the cancellation goes on
            raise
        if group:
            yield group

    def redrafts(self, plan: RedraftPlan, ctx: JobContext) -> list:
        """The plan's machine drafts rewritten for its glossary (glossary_enforcer.Redraft),
        the engine asked how it renders each term."""
        if not plan.paragraphs:
            return []
        return self.with_glossary(plan.glossary).enforcer.redraft(plan.paragraphs, ctx)


def focused_chunks(requests: Sequence[TranslationRequest], focus: Callable[[], Sequence[int]],
                   size: int) -> Iterator[list[TranslationRequest]]:
    """`requests` in chunks: the focused ones still waiting, alone (in focus order, at most
    `size`: the screen is drafted before anything else), else `size` of the following ones in
    project order, from the last focused or the last chunk's end (wrapping round). `focus()`
    may give tiers, a tuple of lists (the rows on screen, then the rows next to them): each
    tier is a chunk of its own, the first before the second."""
    waiting = {r.paragraph_id: r for r in requests}  # project order
    order = list(waiting)
    place = {pid: i for i, pid in enumerate(order)}
    anchor = 0  # where the project-order chunks go on from
    while waiting:
        tiers = focus()
        tiers = tiers if isinstance(tiers, tuple) else (tiers,)
        chunk = next((found for tier in tiers if (found := [pid for pid in tier if pid in waiting])),
                     [])[:size]
        if chunk:
            anchor = max(place[pid] for pid in chunk) + 1
        else:
            for step in range(len(order)):
                pid = order[(anchor + step) % len(order)]
                if pid in waiting:
                    chunk.append(pid)
                    if len(chunk) >= size:
                        break
            anchor = place[chunk[-1]] + 1
        yield [waiting.pop(pid) for pid in chunk]


# -- store-side steps -----------------------------------------------------------------------
def project_engine(project) -> str:
    return project.setting(ENGINE_SETTING, "") or ""


def _writable(project) -> None:
    """Refuse before any model runs, not at the first write minutes later."""
    if getattr(project, "read_only", ""):
        from workbench.core.errors import ReadOnlyProject

        raise ReadOnlyProject(project.path, project.read_only)


def plan(project, *, only_untranslated: bool = False, paragraph_ids: Iterable[int] | None = None,
         memory_threshold: int | None = None, machine: bool = True) -> Plan:
    """`memory_threshold` (a percent): pre-translate from the memory first; `machine` False:
    only that (no engine requests)."""
    _writable(project)
    requests = project.translation_requests(only_untranslated=only_untranslated,
                                            paragraph_ids=paragraph_ids) if machine else []
    memory = None
    if memory_threshold is not None:
        from workbench.project.pretranslate import memory_plan

        memory = memory_plan(project, threshold=memory_threshold, paragraph_ids=paragraph_ids)
    return Plan(requests, project.glossary(), memory)


def redraft_plan(project) -> RedraftPlan:
    _writable(project)
    return RedraftPlan(project.glossary_redraft_paragraphs(), project.glossary())


def apply_retranslation(project, drafts: Iterable[Draft]) -> list[Paragraph]:
    """Write the drafts of a retranslation (store thread). A draft row is overwritten as in a
    batch; a paragraph a person wrote or checked, or a memory draft, keeps its text, status and
    engine, and a draft that differs from its text is kept beside it in its history (a machine
    revision), so declining it loses nothing. Returns the paragraphs written, as `apply_drafts` does."""
    drafts = list(drafts)
    written = project.apply_drafts(drafts)
    done = {p.id for p in written}
    for draft in drafts:
        if draft.paragraph_id in done:
            continue
        try:
            para = project.paragraph(draft.paragraph_id)
        except KeyError:  # deleted meanwhile: nothing to keep it beside
            continue
        kept = not para.status.is_draft or para.status is Status.MEMORY  # batch drafts skip both
        if para.translatable and kept and para.target != draft.text:
            project.add_draft_revision(draft.paragraph_id, draft.text, draft.engine, draft.model,
                                       draft.status)
    return written


# -- the whole pipeline in one thread (the command line) -------------------------------------
def translate(project, translator: Translator, ctx: JobContext, *, only_untranslated: bool = False,
              paragraph_ids: Iterable[int] | None = None, memory_threshold: int | None = None,
              machine: bool = True, counts: Counter | None = None) -> int:
    """Translate and write drafts group by group (the memory's first when `memory_threshold`
    is given). Returns drafts written; `counts` (if given) gets them by status. On
    cancellation the groups already made are written before Cancelled propagates."""
    written = 0
    work = plan(project, only_untranslated=only_untranslated, paragraph_ids=paragraph_ids,
                memory_threshold=memory_threshold, machine=machine)
    for group in translator.draft_groups(work, ctx):
        done = project.apply_drafts(group)
        written += len(done)
        if counts is not None:
            counts.update(para.status for para in done)
    return written


def reapply_glossary(project, translator: Translator | None, ctx: JobContext) -> list[Paragraph]:
    """Rewrite machine drafts for the current glossary; `translator` None uses the glossary's
    own renderings only. Edited, reviewed and approved paragraphs are never touched."""
    redraft = redraft_plan(project)
    if not redraft.paragraphs:
        return []
    if translator is None:
        from workbench.mt.glossary_enforcer import GlossaryEnforcer

        redrafts = GlossaryEnforcer(redraft.glossary, None).redraft(redraft.paragraphs, ctx)
    else:
        redrafts = translator.redrafts(redraft, ctx)
    return project.apply_redrafts(redrafts)


__all__: Sequence[str] = (
    "ENGINE_SETTING", "EngineSpec", "Plan", "RedraftPlan", "Translator", "apply_retranslation",
    "choose_engine", "plan", "project_engine", "reapply_glossary", "redraft_plan", "translate",
)
