"""The one background-job pattern: named lanes, each one worker thread running jobs in order.

A job is a plain function `fn(ctx) -> result` (ctx is a workbench.core.jobs.JobContext) run on a
lane's thread. Its `success(result)` / `failure(exc)` callbacks run on the GUI thread: every
result crosses threads through one queued Qt signal, so no callback ever runs on a worker and a
job function never touches a widget.

Lanes (see ARCHITECTURE.md): `store` owns the Project (the SQLite connection lives on that thread,
so every Project call goes through it), `mt` owns the translation engine, `io` and `nlp` for file
work and Arabic analysis. Jobs on one lane run strictly in submission order.

Three shapes of job:
- `run`: one result.
- `stream`: the function is a generator; each yielded item reaches `item(x)` on the GUI thread
  as soon as it is produced (batch translation: drafts land one by one).
- `latest`: a one-slot mailbox per key; a newer request replaces one still waiting and cancels
  one running, whose result is then dropped (interactive retranslation of the focused paragraph).
  With `urgent=True` the mailbox is served before anything else waiting on the lane, and also
  between two items of a running stream job, on the lane's own thread: a retranslation of the
  paragraph in front of the user does not wait for a 15,000-paragraph batch to end, and the
  engine is still used by one thread only (the lane's).
"""

from __future__ import annotations

import os
import queue
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from workbench.core.errors import Cancelled
from workbench.core.jobs import JobContext

LANES = ("store", "mt", "io", "nlp")
# Lanes that burn CPU run at a lower scheduling priority, so on a machine with few cores the GUI
# thread still gets the CPU at once (Linux: per-thread nice, inherited by the threads a lane
# starts - CTranslate2's decoding threads are created on the mt lane).
LANE_NICENESS = {"mt": 5, "nlp": 5}

Callback = Callable[[Any], None] | None


class Job:
    """Handle to one submitted job. `cancel()` may be called from any thread at any time.

    A job cancelled before it starts never runs; its `failure` gets Cancelled. A running job sees
    the cancellation through `ctx.check()` / `ctx.cancelled()`.
    """

    def __init__(self, lane: str, fn, success: Callback, failure: Callback,
                 item: Callback = None, progress: Callable[[int, int], None] | None = None,
                 stream: bool = False, abandonable: bool = False) -> None:
        self.lane = lane
        self.abandonable = abandonable  # may be cancelled when the window closes (never a save)
        self.fn = fn
        self.success = success
        self.failure = failure
        self.item = item
        self.progress_cb = progress
        self.stream = stream
        self.ctx = JobContext(on_progress=self._on_progress)
        self.finished = False  # set on the GUI thread, after success/failure ran
        self.superseded = False  # latest-wins: a newer request for the same key exists
        self._relay: _Relay | None = None
        self._progress_lock = threading.Lock()
        self._progress_pending: tuple[int, int] | None = None

    def cancel(self) -> None:
        self.ctx.cancel()

    def _on_progress(self, done: int, total: int) -> None:
        # Runs on the worker: coalesce, so a fast job cannot flood the GUI event queue.
        if self.progress_cb is None or self._relay is None:
            return
        with self._progress_lock:
            already_posted = self._progress_pending is not None
            self._progress_pending = (done, total)
        if not already_posted:
            self._relay.post(self._deliver_progress)

    def _deliver_progress(self) -> None:
        with self._progress_lock:
            value, self._progress_pending = self._progress_pending, None
        if value is not None and not self.superseded and self.progress_cb is not None:
            self.progress_cb(*value)


class _Relay(QObject):
    """Lives on the GUI thread; runs posted callables there (queued connection)."""

    posted = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.closed = False  # set by TaskManager.shutdown: later deliveries are dropped
        self.posted.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def post(self, fn: Callable[[], None]) -> None:
        self.posted.emit(fn)

    def _run(self, fn: Callable[[], None]) -> None:
        if not self.closed:
            fn()


class _Lane:
    """One worker thread and its FIFO queue. Items are Job or a mailbox key (str)."""

    def __init__(self, name: str, manager: TaskManager) -> None:
        self.name = name
        self._manager = manager
        self._queue: queue.Queue = queue.Queue()
        self.current: Job | None = None
        self.thread = threading.Thread(target=self._loop, name=f"workbench-{name}", daemon=True)
        self.thread.start()

    def put(self, item) -> None:
        self._queue.put(item)

    def cancel_abandonable(self) -> None:
        """Cancel the running job and the queued ones that are marked abandonable; every other
        queued job (a save) still runs."""
        current = self.current
        if current is not None and current.abandonable:
            current.cancel()
        with self._queue.mutex:
            waiting = list(self._queue.queue)
        for item in waiting:
            if isinstance(item, Job) and item.abandonable:
                item.cancel()

    def drain_and_cancel(self) -> None:
        """Cancel the running job and every queued one (they will not start)."""
        current = self.current
        if current is not None:
            current.cancel()
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return
            if isinstance(item, Job):
                item.cancel()

    def _loop(self) -> None:
        _lower_priority(LANE_NICENESS.get(self.name, 0))
        while True:
            item = self._queue.get()
            if item is None:
                return
            self.serve_urgent()
            job = self._manager._take_slot(self.name, item) if isinstance(item, tuple) else item
            if job is not None:
                self.current = job
                try:
                    self._execute(job)
                finally:
                    self.current = None

    def serve_urgent(self) -> None:
        """Run the urgent mailbox requests waiting for this lane, now (lane thread only)."""
        while (job := self._manager._take_urgent(self.name)) is not None:
            outer, self.current = self.current, job
            try:
                self._execute(job)
            finally:
                self.current = outer

    def _execute(self, job: Job) -> None:
        post = self._manager._relay.post
        finish = self._manager._post_finish
        if job.ctx.cancelled():
            finish(job, None, Cancelled())
            return
        try:
            if job.stream:
                count = 0
                for value in job.fn(job.ctx):
                    count += 1
                    if job.item is not None:
                        post(lambda v=value: self._manager._deliver_item(job, v))
                    self.serve_urgent()  # between two items: the generator is suspended
                result = count
            else:
                result = job.fn(job.ctx)
        except BaseException as exc:  # noqa: BLE001 - every failure is routed to the GUI thread
            finish(job, None, exc)
        else:
            finish(job, result, None)


def _lower_priority(increment: int) -> None:
    if increment <= 0 or not sys.platform.startswith("linux"):
        return  # elsewhere the "who" of PRIO_PROCESS is a process, never a thread
    try:
        tid = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, tid, os.getpriority(os.PRIO_PROCESS, tid) + increment)
    except OSError:
        pass  # not allowed here: run at normal priority


class Waiter:
    """The outcome of a job someone waits for in their own thread (see TaskManager.run_and_wait)."""

    def __init__(self) -> None:
        self._done = threading.Event()
        self._box: dict[str, Any] = {}

    def _run(self, fn, ctx: JobContext) -> None:
        try:
            self._box["result"] = fn(ctx)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the waiting thread
            self._box["error"] = exc
        finally:
            self._done.set()

    def wait(self, timeout: float | None = None) -> bool:
        return self._done.wait(timeout)

    def result(self):
        """The job's result (raises its error); call after `wait` returned True."""
        if "error" in self._box:
            raise self._box["error"]
        return self._box.get("result")


class TaskManager(QObject):
    """Owns the lanes' worker threads. Create and shut down from the GUI thread; submit from
    the GUI thread or from a job on a lane (the mt lane hands drafts to the store lane directly;
    callbacks still run on the GUI thread).

    `job_failed(lane, exc)` is emitted for failures of jobs submitted without a `failure`
    callback, so no error is ever swallowed. After `shutdown` submitting raises RuntimeError,
    and callbacks still on their way to the GUI thread are dropped quietly: the window they
    would update is gone, and a late callback must not try to submit more work.
    """

    job_failed = Signal(str, object)

    def __init__(self, parent: QObject | None = None, lanes: tuple[str, ...] = LANES) -> None:
        super().__init__(parent)
        self._relay = _Relay(self)
        self._lanes = {name: _Lane(name, self) for name in lanes}
        self._slots: dict[tuple[str, str], Job] = {}
        self._running_latest: dict[tuple[str, str], Job] = {}
        self._urgent: set[tuple[str, str]] = set()  # mailbox slots that jump their lane's queue
        self._slot_lock = threading.Lock()
        self._closed = False
        # Finished jobs whose result is posted but not yet handled on the GUI thread, per lane:
        # a lane is busy until its callbacks have run (else "idle" could precede the result).
        self._undelivered: dict[str, int] = dict.fromkeys(lanes, 0)
        self._undelivered_lock = threading.Lock()

    # -- submitting ---------------------------------------------------------------------
    def run(self, lane: str, fn: Callable[[JobContext], Any], success: Callback = None,
            failure: Callback = None, progress=None, *, abandonable: bool = False) -> Job:
        """Run fn(ctx) on `lane` after every job submitted before it. `abandonable`: the job
        may be cancelled when the window closes (long work whose result only shows)."""
        return self._submit(Job(lane, fn, success, failure, progress=progress,
                                abandonable=abandonable))

    def stream(self, lane: str, fn, item: Callback, success: Callback = None,
               failure: Callback = None, progress=None) -> Job:
        """Run the generator fn(ctx); each yielded value reaches item(value) on the GUI thread,
        in order, before success(count). With `item` None the values stay on the lane: the
        stream is then only a job whose pauses let urgent requests in."""
        return self._submit(Job(lane, fn, success, failure, item=item, progress=progress,
                                stream=True))

    def latest(self, lane: str, key: str, fn, success: Callback = None,
               failure: Callback = None, *, urgent: bool = False) -> Job:
        """One-slot mailbox: only the newest request for (lane, key) delivers a result.

        `urgent`: run it before the jobs already waiting on the lane, and between the items of
        a running stream job (never in the middle of one: an item is a unit of the job's work).
        """
        job = Job(lane, fn, success, failure)
        job._relay = self._relay
        slot = (lane, key)
        with self._slot_lock:
            self._check_open()
            waiting = self._slots.get(slot)
            self._slots[slot] = job
            running = self._running_latest.get(slot)
            if urgent:
                self._urgent.add(slot)
            else:
                self._urgent.discard(slot)
        if waiting is not None:
            waiting.superseded = True
        if running is not None:
            running.superseded = True
            running.cancel()
        if waiting is None:
            self._lanes[lane].put(slot)
        return job

    def cancel_latest(self, lane: str, key: str) -> None:
        """Forget the mailbox (lane, key): a waiting request never runs, a running one is
        cancelled; neither delivers a result."""
        slot = (lane, key)
        with self._slot_lock:
            jobs = [self._slots.pop(slot, None), self._running_latest.get(slot)]
            self._urgent.discard(slot)
        for job in jobs:
            if job is not None:
                job.superseded = True
                job.cancel()

    def _submit(self, job: Job) -> Job:
        self._check_open()
        job._relay = self._relay
        self._lanes[job.lane].put(job)
        return job

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError("TaskManager is shut down")

    # -- worker side ----------------------------------------------------------------------
    def _take_slot(self, lane: str, slot: tuple[str, str]) -> Job | None:
        with self._slot_lock:
            job = self._slots.pop(slot, None)
            if job is not None:
                self._running_latest[slot] = job
        return job

    def _take_urgent(self, lane: str) -> Job | None:
        # The slot's key stays in the lane's queue; when it comes up the slot is empty.
        with self._slot_lock:
            for slot in self._urgent:
                if slot[0] == lane and slot in self._slots:
                    job = self._slots.pop(slot)
                    self._running_latest[slot] = job
                    return job
        return None

    # -- GUI side -------------------------------------------------------------------------
    def _deliver_item(self, job: Job, value) -> None:
        # Items produced before a cancel are still delivered: they are finished work (drafts).
        if job.item is not None and not job.superseded:
            job.item(value)

    def _post_finish(self, job: Job, result, error: BaseException | None) -> None:
        """Worker side: count the result as undelivered before the lane looks idle, then post."""
        with self._undelivered_lock:
            self._undelivered[job.lane] += 1
        self._relay.post(lambda: self._finish(job, result, error))

    def _finish(self, job: Job, result, error: BaseException | None) -> None:
        with self._undelivered_lock:
            self._undelivered[job.lane] -= 1
        with self._slot_lock:
            for slot, running in list(self._running_latest.items()):
                if running is job:
                    del self._running_latest[slot]
        job.finished = True
        if job.superseded:
            return
        if error is None:
            if job.success is not None:
                job.success(result)
        elif job.failure is not None:
            job.failure(error)
        elif not isinstance(error, Cancelled):
            self.job_failed.emit(job.lane, error)

    # -- introspection and shutdown -------------------------------------------------------
    def is_busy(self, lane: str) -> bool:
        """A job queued or running on the lane, or a result of it not yet handled here."""
        lane_obj = self._lanes[lane]
        with self._undelivered_lock:
            undelivered = self._undelivered[lane]
        return lane_obj.current is not None or not lane_obj._queue.empty() or undelivered > 0

    def run_and_wait(self, lane: str, fn: Callable[[JobContext], Any], timeout: float | None = None):
        """Run fn on the lane and wait for its result here (blocks the caller).

        Only for closing a project at shut-down and for scripts/tests; the window never waits.
        """
        waiter = self.run_waitable(lane, fn)
        if not waiter.wait(timeout):
            raise TimeoutError(f"lane {lane!r} did not answer in {timeout} s")
        return waiter.result()

    def run_waitable(self, lane: str, fn: Callable[[JobContext], Any]) -> Waiter:
        """Run fn on the lane; the returned Waiter tells when it is done (any thread)."""
        waiter = Waiter()
        self._submit(Job(lane, lambda ctx: waiter._run(fn, ctx), None, None))
        return waiter

    def cancel_abandonable(self, lane: str) -> None:
        """Cancel the abandonable jobs on `lane`, running or queued (window closing)."""
        self._lanes[lane].cancel_abandonable()

    def cancel_lane(self, lane: str) -> None:
        """Cancel the job running on `lane` (queued jobs still run; cancel their handles)."""
        current = self._lanes[lane].current
        if current is not None:
            current.cancel()

    def shutdown(self, timeout: float = 30.0) -> None:
        """Cancel running work on every lane but `store`, let queued store jobs finish (they
        are edits being saved), then stop and join the threads. The store lane is joined
        without a time limit (a save is never dropped); `timeout` applies to the others."""
        if self._closed:
            return
        self._closed = True
        if "store" in self._lanes:
            self._lanes["store"].cancel_abandonable()
        with self._slot_lock:  # mailbox requests not started yet: an urgent one could still
            for slot, job in self._slots.items():  # run between two items of a cancelled batch
                if slot[0] != "store":
                    job.cancel()
        for name, lane in self._lanes.items():
            if name != "store":
                lane.drain_and_cancel()
            lane.put(None)
        for name, lane in self._lanes.items():
            lane.thread.join(None if name == "store" else timeout)
        self._relay.closed = True
