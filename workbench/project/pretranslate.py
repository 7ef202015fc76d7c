"""Pre-translation from the translation memory: a person's earlier words before any engine's.

A paragraph still waiting for a translation (untranslated, or a machine or gloss draft) whose
source the memory holds gets the memory's target as a draft of status `memory` (engine
"memory", model "exact" or the match's percent, e.g. "92%"): an exact match by default; with
a lower `threshold` (a percent, 50-100), also fuzzy matches at or above it. Exact means the
same Arabic once folded, the same numbers and a person's unit, whichever project it came from.
Where only the numbers differ the memory's target comes with this paragraph's numbers
(memory.scoring), but such a match is penalised below 100, so only a fuzzy threshold takes it. Exports and checks treat a
memory draft like any draft; an engine's batch never replaces it (store.apply_drafts), and the
paragraphs it fills are left out of the machine translation that follows.

  memory_plan(project, ...)            store thread: the requests and the memory to ask
  memory_draft_groups(plan, ctx)       any thread: opens the memory file, yields Draft groups

project.pipeline runs them ahead of the engine (`plan(..., memory_threshold=...)`), in the
command line's one thread or on the window's lanes, like every other draft.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from workbench.core.jobs import JobContext
from workbench.core.model import Draft, Status, TranslationRequest

MEMORY_ENGINE = "memory"
EXACT = 100  # the default threshold: exact matches only
EXACT_LABEL = "exact"  # the model of an exact match's draft; a fuzzy one's is its percent
SENTENCES_LABEL = "exact sentences"  # each sentence matched exactly, the targets joined


@dataclass(frozen=True)
class MemoryPlan:
    requests: list[TranslationRequest]
    source_lang: str
    target_lang: str
    project: str  # the project's identity: its own units rank first
    threshold: int = EXACT


def check_threshold(threshold: int) -> int:
    if not 50 <= int(threshold) <= 100:
        raise ValueError(f"the memory threshold is a percent from 50 to 100, not {threshold}")
    return int(threshold)


def memory_plan(project, *, threshold: int = EXACT,
                paragraph_ids: Iterable[int] | None = None) -> MemoryPlan:
    """What to look up (store thread): the paragraphs an engine may still fill."""
    from workbench.project.memory import project_id

    requests = project.translation_requests(paragraph_ids=paragraph_ids)
    if requests and not memory_units(project):
        requests = []  # an empty memory has nothing to give: no look-ups at all
    return MemoryPlan(requests, project.setting("source_lang", "ar") or "ar",
                      project.setting("target_lang", "en") or "en", project_id(project),
                      check_threshold(threshold))


def draft_for(memory, request: TranslationRequest, plan: MemoryPlan) -> Draft | None:
    """The memory draft for one request, or None when nothing reaches the threshold. In order
    of trust: the paragraph matched exactly; every one of its sentences matched exactly (the
    memory holds sentence units; their targets joined, model "exact sentences"); the best
    close match at or above a threshold under 100."""
    matches = _matches(memory, request.source, plan)
    exact = next((m for m in matches if is_exact(m)), None)
    if exact is not None:
        return Draft(request.paragraph_id, exact.target, MEMORY_ENGINE, EXACT_LABEL, Status.MEMORY)
    joined = _sentences_exact(memory, request.source, plan)
    if joined is not None:
        return Draft(request.paragraph_id, joined, MEMORY_ENGINE, SENTENCES_LABEL, Status.MEMORY)
    if plan.threshold == EXACT or not matches or matches[0].score < plan.threshold:
        return None
    best = matches[0]
    return Draft(request.paragraph_id, best.target, MEMORY_ENGINE, f"{best.score}%", Status.MEMORY)


def _matches(memory, text: str, plan: MemoryPlan) -> list:
    from workbench.memory.scoring import PENALTIES

    # Another project's exact match scores 100 minus that penalty: ask low enough to see it.
    floor = min(plan.threshold, 100 - PENALTIES["other project"])
    return memory.lookup(text, min_score=floor, limit=5, project=plan.project)


def _sentences_exact(memory, source: str, plan: MemoryPlan) -> str | None:
    """The targets of the paragraph's sentences joined, when each one has an exact match."""
    from workbench.project.memory import split_sentences

    sentences = split_sentences(source)
    if len(sentences) < 2:
        return None
    targets = []
    for sentence in sentences:
        exact = next((m for m in _matches(memory, sentence, plan) if is_exact(m)), None)
        if exact is None:
            return None
        targets.append(exact.target.strip())
    return " ".join(targets)


def is_exact(match) -> bool:
    """The same Arabic (once folded) and the same numbers, from a person: an exact match even
    when it is another project's (that penalty orders matches; it does not make them fuzzy)."""
    return match.exact and set(match.penalties) <= {"other project"}


def memory_draft_groups(plan: MemoryPlan, ctx: JobContext, *, size: int = 32,
                        seconds: float = 0.25) -> Iterator[list[Draft]]:
    """The plan's memory drafts in groups (at most `size`, or what `seconds` gave); reports
    progress over the requests and stops at a cancellation (Cancelled after the last group)."""
    from workbench.memory.store import MemoryStore, memory_path

    if not plan.requests:
        return
    total, group, since = len(plan.requests), [], time.monotonic()
    with MemoryStore.open(memory_path(plan.source_lang, plan.target_lang)) as memory:
        for done, request in enumerate(plan.requests, 1):
            if ctx.cancelled():
                break
            draft = draft_for(memory, request, plan)
            if draft is not None:
                group.append(draft)
            if group and (len(group) >= size or time.monotonic() - since >= seconds):
                yield group
                group, since = [], time.monotonic()
            ctx.progress(done, total)
    if group:
        yield group
    ctx.check()


def memory_units(project) -> int:
    """How many units the memory of the project's language pair holds (0: nothing to fill
    from, so the window starts no batch after an import)."""
    from workbench.memory.store import MemoryStore, memory_path

    langs = (project.setting("source_lang", "ar") or "ar", project.setting("target_lang", "en") or "en")
    with MemoryStore.open(memory_path(*langs)) as memory:
        return memory.stats()["units"]
