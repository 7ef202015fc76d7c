"""The lanes: order, thread affinity, failure routing, cancellation, streaming, latest-wins."""

from __future__ import annotations

import threading

import pytest

from workbench.core.errors import Cancelled
from workbench.ui.tasks import TaskManager

WAIT = 10_000  # ms; generous, the assertions are about outcomes, never about time


@pytest.fixture
def tasks(qtbot):
    manager = TaskManager()
    yield manager
    manager.shutdown()


def _gate(tasks, lane="store"):
    """Block `lane` until the returned event is set."""
    gate = threading.Event()
    tasks.run(lane, lambda ctx: gate.wait(WAIT / 1000))
    return gate


def test_jobs_run_in_order_on_their_lane_thread_and_report_on_the_gui_thread(qtbot, tasks):
    worker_threads, results, callback_threads = set(), [], set()

    def job(n):
        def fn(ctx):
            worker_threads.add(threading.current_thread().name)
            return n

        return fn

    def success(value):
        callback_threads.add(threading.current_thread())
        results.append(value)

    for n in range(30):
        tasks.run("store", job(n), success=success)
    qtbot.waitUntil(lambda: len(results) == 30, timeout=WAIT)
    assert results == list(range(30))
    assert worker_threads == {"workbench-store"}
    assert callback_threads == {threading.main_thread()}


def test_a_failure_reaches_the_failure_callback_and_later_jobs_still_run(qtbot, tasks):
    errors, results = [], []

    def boom(ctx):
        raise ValueError("broken")

    tasks.run("io", boom, success=results.append, failure=errors.append)
    tasks.run("io", lambda ctx: "after", success=results.append)
    qtbot.waitUntil(lambda: results == ["after"], timeout=WAIT)
    assert len(errors) == 1 and isinstance(errors[0], ValueError)


def test_a_failure_without_a_callback_is_emitted_not_swallowed(qtbot, tasks):
    def boom(ctx):
        raise KeyError("lost")

    with qtbot.waitSignal(tasks.job_failed, timeout=WAIT) as blocker:
        tasks.run("nlp", boom)
    lane, error = blocker.args
    assert lane == "nlp" and isinstance(error, KeyError)


def test_a_job_cancelled_before_it_starts_never_runs(qtbot, tasks):
    gate = _gate(tasks)
    ran, errors = [], []
    job = tasks.run("store", lambda ctx: ran.append(1), failure=errors.append)
    job.cancel()
    gate.set()
    qtbot.waitUntil(lambda: job.finished, timeout=WAIT)
    assert ran == []
    assert len(errors) == 1 and isinstance(errors[0], Cancelled)


def test_a_running_job_stops_at_its_next_check(qtbot, tasks):
    started, errors = threading.Event(), []

    def endless(ctx):
        started.set()
        while True:
            ctx.check()
            threading.Event().wait(0.001)

    job = tasks.run("mt", endless, failure=errors.append)
    assert started.wait(WAIT / 1000)
    tasks.cancel_lane("mt")
    qtbot.waitUntil(lambda: job.finished, timeout=WAIT)
    assert len(errors) == 1 and isinstance(errors[0], Cancelled)


def test_stream_delivers_each_item_while_the_generator_is_still_running(qtbot, tasks):
    first_seen = threading.Event()
    items, done = [], []

    def on_item(value):
        items.append(value)
        first_seen.set()

    def gen(ctx):
        yield "a"
        # Only continues once the GUI thread has received "a": proves items are not batched.
        if not first_seen.wait(WAIT / 1000):
            raise AssertionError("first item was not delivered while the job ran")
        yield "b"
        yield "c"

    tasks.stream("mt", gen, item=on_item, success=done.append)
    qtbot.waitUntil(lambda: done == [3], timeout=WAIT)
    assert items == ["a", "b", "c"]


def test_stream_keeps_items_made_before_a_cancel(qtbot, tasks):
    items, errors = [], []
    release = threading.Event()

    def gen(ctx):
        yield 1
        release.wait(WAIT / 1000)
        ctx.check()
        yield 2

    def on_item(value):
        items.append(value)
        job.cancel()
        release.set()

    job = tasks.stream("mt", gen, item=on_item, failure=errors.append)
    qtbot.waitUntil(lambda: job.finished, timeout=WAIT)
    assert items == [1]
    assert isinstance(errors[0], Cancelled)


def test_latest_wins_replaces_a_waiting_request(qtbot, tasks):
    gate = _gate(tasks, "mt")
    ran, results = [], []

    def request(n):
        def fn(ctx):
            ran.append(n)
            return n

        return fn

    jobs = [tasks.latest("mt", "focused", request(n), success=results.append) for n in range(3)]
    gate.set()
    qtbot.waitUntil(lambda: jobs[2].finished, timeout=WAIT)
    tasks.run_and_wait("mt", lambda ctx: None)  # the lane is idle: nothing else is coming
    qtbot.wait(10)
    assert ran == [2]
    assert results == [2]


def test_latest_wins_cancels_a_running_request_and_drops_its_result(qtbot, tasks):
    started = threading.Event()
    results, errors = [], []

    def slow(ctx):
        started.set()
        while not ctx.cancelled():
            threading.Event().wait(0.001)
        return "stale"

    first = tasks.latest("mt", "focused", slow, success=results.append, failure=errors.append)
    assert started.wait(WAIT / 1000)
    tasks.latest("mt", "focused", lambda ctx: "fresh", success=results.append,
                 failure=errors.append)
    qtbot.waitUntil(lambda: results == ["fresh"], timeout=WAIT)
    assert first.ctx.cancelled()
    assert errors == []


def test_latest_keys_are_independent(qtbot, tasks):
    gate = _gate(tasks, "mt")
    results = []
    tasks.latest("mt", "a", lambda ctx: "a", success=results.append)
    tasks.latest("mt", "b", lambda ctx: "b", success=results.append)
    gate.set()
    qtbot.waitUntil(lambda: len(results) == 2, timeout=WAIT)
    assert results == ["a", "b"]


def _batch(order, started, proceed):
    """A stream job that pauses inside its generator after the first item until `proceed`."""

    def fn(ctx):
        order.append("batch 1")
        yield 1
        started.set()
        assert proceed.wait(WAIT / 1000)
        order.append("batch 2")
        yield 2
        order.append("batch 3")
        yield 3

    return fn


@pytest.mark.parametrize("urgent", [True, False])
def test_an_urgent_request_runs_between_two_items_of_a_running_stream(qtbot, tasks, urgent):
    order, threads, items, done = [], set(), [], []
    started, proceed = threading.Event(), threading.Event()
    batch = tasks.stream("mt", _batch(order, started, proceed), item=items.append,
                         success=done.append)
    assert started.wait(WAIT / 1000)  # the generator is running, between item 1 and item 2

    def interactive(ctx):
        threads.add(threading.current_thread().name)
        order.append("interactive")
        return "fresh"

    results = []
    tasks.latest("mt", "focused", interactive, success=results.append, urgent=urgent)
    proceed.set()
    qtbot.waitUntil(lambda: results == ["fresh"] and batch.finished, timeout=WAIT)
    if urgent:  # served at the next item boundary, not after the whole batch
        assert order == ["batch 1", "batch 2", "interactive", "batch 3"]
    else:
        assert order == ["batch 1", "batch 2", "batch 3", "interactive"]
    assert threads == {"workbench-mt"}  # the lane's own thread: the engine has one owner
    assert items == [1, 2, 3] and done == [3]


def test_an_urgent_request_jumps_the_jobs_waiting_on_its_lane(qtbot, tasks):
    gate = _gate(tasks, "mt")
    order = []
    tasks.run("mt", lambda ctx: order.append("queued"))
    tasks.latest("mt", "focused", lambda ctx: order.append("old request"), urgent=True)
    last = tasks.latest("mt", "focused", lambda ctx: order.append("new request"), urgent=True)
    gate.set()
    qtbot.waitUntil(lambda: len(order) == 2 and last.finished, timeout=WAIT)
    tasks.run_and_wait("mt", lambda ctx: None)
    assert order == ["new request", "queued"]  # and the superseded one never ran


def test_shutdown_cancels_an_urgent_request_that_has_not_started(qtbot):
    tasks = TaskManager()
    started, proceed = threading.Event(), threading.Event()
    order = []
    tasks.stream("mt", _batch(order, started, proceed), item=lambda v: None)
    assert started.wait(WAIT / 1000)
    job = tasks.latest("mt", "focused", lambda ctx: order.append("interactive"), urgent=True)

    def release_once_cancelled():  # the batch goes on only after shutdown has begun
        while not job.ctx.cancelled():
            threading.Event().wait(0.001)
        proceed.set()

    threading.Thread(target=release_once_cancelled, daemon=True).start()
    tasks.shutdown()
    assert job.ctx.cancelled() and "interactive" not in order


def test_progress_reaches_the_gui_thread_with_the_last_value(qtbot, tasks):
    seen = []

    def work(ctx):
        for done in range(1, 101):
            ctx.progress(done, 100)
        return "ok"

    finished = []
    tasks.run("io", work, success=finished.append, progress=lambda d, t: seen.append((d, t)))
    qtbot.waitUntil(lambda: finished == ["ok"], timeout=WAIT)
    qtbot.waitUntil(lambda: seen and seen[-1] == (100, 100), timeout=WAIT)
    assert seen == sorted(seen)


def test_call_returns_the_result_or_raises_in_the_caller(qtbot, tasks):
    assert tasks.run_and_wait("store", lambda ctx: threading.current_thread().name) == "workbench-store"

    def boom(ctx):
        raise ValueError("nope")

    with pytest.raises(ValueError):
        tasks.run_and_wait("store", boom)


def test_shutdown_finishes_queued_store_jobs_but_cancels_other_lanes(qtbot):
    tasks = TaskManager()
    gate = threading.Event()
    saved, translated = [], []
    tasks.run("store", lambda ctx: gate.wait(WAIT / 1000))
    for n in range(5):
        tasks.run("store", lambda ctx, n=n: saved.append(n))
    started = threading.Event()

    def endless(ctx):
        started.set()
        while not ctx.cancelled():
            threading.Event().wait(0.001)
        translated.append("stopped")

    tasks.run("mt", endless)
    tasks.run("mt", lambda ctx: translated.append("never"))
    assert started.wait(WAIT / 1000)
    gate.set()
    tasks.shutdown()
    assert saved == [0, 1, 2, 3, 4]
    assert translated == ["stopped"]
    with pytest.raises(RuntimeError):
        tasks.run("store", lambda ctx: None)


def test_a_lane_stays_busy_until_its_result_has_been_handled(qtbot, tasks):
    """'Idle' must not come before the result: a caller that waits for the store lane to go
    idle and then looks at the window would otherwise see the state before the save."""
    ran = threading.Event()
    handled = []
    tasks.run("store", lambda ctx: ran.set() or 42, success=handled.append)
    assert ran.wait(10)
    threading.Event().wait(0.2)  # the worker is done; the GUI thread has not run the callback
    assert tasks.is_busy("store") and handled == []
    qtbot.waitUntil(lambda: not tasks.is_busy("store"), timeout=10_000)
    assert handled == [42]
