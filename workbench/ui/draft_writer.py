"""Drafts from the mt lane to the store lane, without a stop on the GUI thread.

The engine makes drafts on the `mt` lane; only the `store` lane may write them. The mt job puts
each group of drafts here, and the first put starts one store-lane job that writes everything
waiting, at most `group` drafts per transaction, and ends when nothing is waiting (the next put
starts another). So a batch costs the GUI thread one event per written group (to show the rows),
not a hand-over of every group from one lane to the other.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from workbench.core.model import Draft, Paragraph
from workbench.project.pipeline import GROUP_SIZE


class DraftWriter:
    """Writes one batch's drafts into project `generation` (ProjectSession's numbering).

    `put` may be called from any thread (normally the mt lane). `written(paragraphs)`,
    `failed(exc)` and `drained()` run on the GUI thread: `drained` after the last write that
    was asked for has been delivered, so every row is shown by then. When another project is
    open by the store lane's turn, the drafts are dropped and `failed` gets ProjectChanged; after
    any failure later drafts are dropped too (the batch is being cancelled).
    """

    def __init__(self, session, generation: int, written: Callable[[list[Paragraph]], None],
                 failed: Callable[[BaseException], None], drained: Callable[[], None],
                 group: int = GROUP_SIZE) -> None:
        self._session = session
        self._generation = generation
        self._written, self._failed, self._drained = written, failed, drained
        self._group = group
        self._lock = threading.Lock()
        self._waiting: list[Draft] = []
        self._running = False  # a store job that will take what is waiting (store-lane view)
        self._outstanding = 0  # store jobs whose outcome the GUI thread has not handled yet
        self._dropped = False

    @property
    def idle(self) -> bool:
        """Nothing waiting, nothing being written, nothing on its way to the GUI thread."""
        with self._lock:
            return self._outstanding == 0

    def put(self, drafts: list[Draft]) -> None:
        with self._lock:
            if self._dropped or not drafts:
                return
            self._waiting.extend(drafts)
            if self._running:
                return  # the running job takes them before it ends
            self._running = True
            self._outstanding += 1
        self._session.stream(self._write, item=self._written, success=self._done,
                             failure=self._fail, generation=self._generation)

    def drop(self) -> None:
        """Forget what is waiting and refuse what comes (the batch was cancelled or failed)."""
        with self._lock:
            self._dropped = True
            self._waiting.clear()

    def _write(self, project):
        """Store lane: write what is waiting, group by group, until nothing is."""
        try:
            while True:
                with self._lock:
                    group, self._waiting = self._waiting[:self._group], self._waiting[self._group:]
                    if not group:
                        self._running = False
                        return
                yield project.apply_drafts(group)
        except BaseException:
            with self._lock:
                self._running = False
            raise

    def _done(self, _count: int) -> None:
        self._settle()

    def _fail(self, exc: BaseException) -> None:
        self.drop()
        with self._lock:
            self._running = False  # ProjectChanged: the job never started its loop
        self._failed(exc)
        self._settle()

    def _settle(self) -> None:
        with self._lock:
            self._outstanding -= 1
            drained = self._outstanding == 0
        if drained:
            self._drained()
