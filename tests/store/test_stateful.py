"""Hypothesis stateful test: random edit / draft / status / reopen / drop sequences against a model.

The model is a plain dict per paragraph (target, status, revision list). "drop" abandons the
store without close(), as a crashed window would, and reopens: the lock must not outlive it.
"""

from __future__ import annotations

import gc
import shutil
import tempfile
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from tests.store.support import SAMPLE_SEGMENTS, sample_document
from workbench.core.model import Draft, Origin, Status
from workbench.store import ProjectStore

texts = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.sampled_from("ابتثجحخدذرسشصضطظعغفقكلمنهوي ًٌٍَُِّْـ،؟\u200c\u200f"), max_size=40),
)
statuses = st.sampled_from(list(Status))
indexes = st.integers(min_value=0, max_value=len(SAMPLE_SEGMENTS) - 1)


class StoreMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="store-stateful-"))
        self.store = ProjectStore.create(self.folder / "p.wbproj")
        self.store.add_document(sample_document())
        self.ids = self.store.paragraph_ids()
        self.translatable = {p.id: p.translatable for p in self.store.paragraphs()}
        self.model = {pid: {"target": "", "status": Status.UNTRANSLATED, "engine": "", "draft": None,
                            "revs": []} for pid in self.ids}  # fmt: skip

    def _revise(self, pid, text, status, origin):
        m = self.model[pid]
        if origin is Origin.USER and text != m["target"]:
            # the engine is named only while the text is its draft (a change of status alone
            # keeps whoever made the text)
            m["engine"] = "eng" if m["draft"] == text else ""
        m.update(target=text, status=status)
        m["revs"].append((text, status, origin))
        if origin in (Origin.MACHINE, Origin.GLOSS):  # the latest machine or gloss draft
            m["draft"] = text

    @rule(i=indexes, text=texts, status=statuses)
    def save(self, i, text, status):
        pid, m = self.ids[i], self.model[self.ids[i]]
        self.store.save_target(pid, text, status)
        if (m["target"], m["status"]) != (text, status):
            self._revise(pid, text, status, Origin.USER)

    @rule(i=indexes, text=texts, kind=st.sampled_from([Status.MACHINE, Status.GLOSS, Status.MEMORY]))
    def draft(self, i, text, kind):
        pid, m = self.ids[i], self.model[self.ids[i]]
        written = self.store.apply_drafts([Draft(pid, text, "eng", "mod", kind)])
        expected = (
            self.translatable[pid]
            and m["status"].is_draft
            and not (kind is Status.GLOSS and m["status"] is Status.MACHINE)  # a gloss never replaces MT
            and not (kind is not Status.MEMORY and m["status"] is Status.MEMORY)  # nor MT a memory draft
            and (m["target"], m["status"], m["engine"]) != (text, kind, "eng")
        )
        assert [p.id for p in written] == ([pid] if expected else [])
        if expected:
            origin = {Status.MACHINE: Origin.MACHINE, Status.GLOSS: Origin.GLOSS}.get(kind, Origin.MEMORY)
            self._revise(pid, text, kind, origin)
            self.model[pid]["engine"] = "eng"

    @rule(i=indexes, status=statuses)
    def set_status(self, i, status):
        pid, m = self.ids[i], self.model[self.ids[i]]
        self.store.set_status(pid, status)
        if m["status"] != status:
            self._revise(pid, m["target"], status, Origin.USER)

    @rule()
    def reopen(self):
        self.store.close()
        self.store = ProjectStore.open(self.folder / "p.wbproj")

    @rule()
    def drop_without_close(self):
        self.store = None
        gc.collect()
        self.store = ProjectStore.open(self.folder / "p.wbproj")

    @invariant()
    def matches_the_model(self):
        for para in self.store.paragraphs():
            m = self.model[para.id]
            assert (para.target, para.status, para.engine) == (m["target"], m["status"], m["engine"])
        pid = self.ids[1]
        revs = [(r.text, r.status, r.origin) for r in self.store.revisions(pid)]
        assert revs == self.model[pid]["revs"]

    def teardown(self):
        for pid in self.ids:
            assert [(r.text, r.status, r.origin) for r in self.store.revisions(pid)] == self.model[pid]["revs"]
        self.store.close()
        shutil.rmtree(self.folder, ignore_errors=True)


StoreMachine.TestCase.settings = settings(
    max_examples=25, stateful_step_count=15, deadline=None, database=None
)
TestStoreMachine = StoreMachine.TestCase
