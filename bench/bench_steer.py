"""Benchmark (not a test): latency of steering requests (workbench.mt.steer*) on a base-size model.

Model: the random-weight Transformer of the real Argos ar->en size (6+6 layers, d_model 512, FFN
2048, 8 heads, 32k vocabulary, int8; tests/fixtures/tiny_model.py, built as bench_translate.py
builds it), installed into a throw-away WORKBENCH_HOME. The engine has the app's thread
settings (default_threads: on 2 cores two workers of one thread each).

Requests: completion of a ~25-word sentence after its first ~5 words (sized in target pieces,
see pick_sentence), and the alternatives for the word after that prefix (k=5, each continued
to the end of the sentence), each greedy (beam 1) and beam 2, `--requests` times (default 100). Scenarios:
  idle        nothing else running;
  between     the app's way: the mt lane serves an urgent request between two groups of a
              running batch, on the same thread and engine (here: between two drafts streamed
              by engine.translate; the slice it submitted ahead keeps the workers busy meanwhile).
              Printed too: the time between two group boundaries (GROUP_SIZE/GROUP_SECONDS of
              the pipeline), which a request waits on top of its own time, half on average;
  concurrent  another engine translates a batch on another thread at the same time.
Goal (issue 16): p95 < 250 ms idle, < 500 ms during a batch.

Run: .venv/bin/python bench/bench_steer.py [--requests 100] [--scenarios idle,between,concurrent]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def pieces(engine, text: str) -> int:
    return len(engine._sp.encode(text, out_type=str))


def pick_sentence(engine, rng: random.Random) -> tuple[str, str, str]:
    """(Arabic, English, typed prefix). The random model glues pieces into long "words", so a
    sentence is sized in target pieces: a 25-word English sentence is ~32 pieces for a 32k
    SentencePiece model (1.3 per word), and 5 words ~7 pieces: the English is the greedy
    translation nearest 32 pieces, the prefix its shortest run of words of at least 7."""
    from tests.fixtures.tiny_text import generated_arabic_sentence
    from workbench.mt.steer_complete import complete

    best = None
    for _ in range(60):
        source = generated_arabic_sentence(rng, 8, 24)
        english = complete(engine, source, "")
        if best is None or abs(pieces(engine, english) - 32) < abs(pieces(engine, best[1]) - 32):
            best = (source, english)
    source, english = best
    words = english.split()
    count = next(n for n in range(1, len(words) + 1) if pieces(engine, " ".join(words[:n])) >= 7)
    return source, english, " ".join(words[:count]) + " "


def requests(engine, source: str, english: str, typed: str):
    from workbench.mt.steer import word_options
    from workbench.mt.steer_complete import complete

    index = len(typed.split())
    return {
        ("complete", 1): lambda: complete(engine, source, typed, beam_size=1),
        ("complete", 2): lambda: complete(engine, source, typed, beam_size=2),
        ("word alternatives", 1): lambda: word_options(engine, source, english, index, 5, beam_size=1),
        ("word alternatives", 2): lambda: word_options(engine, source, english, index, 5, beam_size=2),
    }


CPU: list[float] = []  # process CPU ms of each idle request (all threads): the load-free cost


def timed(fn) -> float:
    start, cpu = time.perf_counter(), time.process_time()
    fn()
    CPU.append((time.process_time() - cpu) * 1000)
    return (time.perf_counter() - start) * 1000


def batch(paragraphs: int, seed: int):
    from tests.fixtures.tiny_text import generated_arabic_paragraph
    from workbench.core.model import TranslationRequest

    rng = random.Random(seed)
    return [TranslationRequest(i, generated_arabic_paragraph(rng)) for i in range(paragraphs)]


def run_idle(fn, count: int) -> list[float]:
    return [timed(fn) for _ in range(count)]


def run_between(engine, fn, count: int) -> tuple[list[float], list[float]]:
    """Serve one request after each streamed draft of a batch on the same engine and thread."""
    from workbench.core.jobs import JobContext

    times: list[float] = []
    gaps: list[float] = []
    while len(times) < count:
        last = time.perf_counter()
        for _draft in engine.translate(batch(count, len(times)), JobContext()):
            gaps.append((time.perf_counter() - last) * 1000)
            times.append(timed(fn))
            last = time.perf_counter()
            if len(times) >= count:
                break
    return times, gaps


def run_concurrent(other, fn, count: int) -> list[float]:
    """Requests on this thread while `other` (its own engine) translates on another thread."""
    from workbench.core.jobs import JobContext

    stop = threading.Event()

    def translate() -> None:
        seed = 100
        while not stop.is_set():
            for _ in other.translate(batch(40, seed), JobContext()):
                if stop.is_set():
                    break
            seed += 1

    worker = threading.Thread(target=translate, daemon=True)
    worker.start()
    time.sleep(1.0)  # the batch is under way
    try:
        return [timed(fn) for _ in range(count)]
    finally:
        stop.set()
        worker.join()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--scenarios", default="idle,between,concurrent")
    args = parser.parse_args()
    scenarios = args.scenarios.split(",")

    home = Path(tempfile.mkdtemp(prefix="bench-steer-"))
    os.environ["WORKBENCH_HOME"] = str(home)
    from workbench import paths

    paths.configure_environment()
    from bench_translate import build_model
    from workbench.mt.argos_engine import ArgosEngine
    from workbench.mt.argos_packages import install_package
    from workbench.project.pipeline import GROUP_SECONDS, GROUP_SIZE

    started = time.perf_counter()
    model = install_package(build_model(home / "build"))
    print(f"model built and installed in {time.perf_counter() - started:.0f} s; cores "
          f"{os.cpu_count()}; load average {os.getloadavg()[0]:.1f} (others' work inflates wall times)")
    engine = ArgosEngine(model)
    source, english, typed = pick_sentence(engine, random.Random(11))
    print(f"sentence: {pieces(engine, english)} target pieces (~25 words), prefix "
          f"{pieces(engine, typed)} pieces (~5 words); "
          f"engine threads {engine._translator_args['inter_threads']}x"
          f"{engine._translator_args['intra_threads']}")
    calls = requests(engine, source, english, typed)
    for fn in calls.values():
        fn()  # warm-up
    rows = []
    for scenario in scenarios:
        other = ArgosEngine(model) if scenario == "concurrent" else None
        for (what, beam), fn in calls.items():
            if scenario == "idle":
                CPU.clear()
                times = run_idle(fn, args.requests)
                extra = f"  cpu p50 {statistics.median(CPU):.0f} ms (wall = cpu on a quiet machine)"
            elif scenario == "between":
                times, gaps = run_between(engine, fn, args.requests)
                # A slice's drafts come together: the wait a request adds is the longest gap.
                extra = (f"  gap between drafts p95 {percentile(gaps, 0.95):.0f} ms, max "
                         f"{max(gaps):.0f} ms (pipeline groups: {GROUP_SIZE} drafts or "
                         f"{GROUP_SECONDS * 1000:.0f} ms)")
            else:
                times = run_concurrent(other, fn, args.requests)
                extra = ""
            p50, p95 = statistics.median(times), percentile(times, 0.95)
            rows.append((scenario, what, beam, p50, p95))
            print(f"{scenario:10} {what:17} beam {beam}: p50 {p50:6.0f} ms  p95 {p95:6.0f} ms{extra}",
                  flush=True)
    idle = {(w, b): p95 for s, w, b, _p50, p95 in rows if s == "idle"}
    for scenario, what, beam, _p50, p95 in rows:
        if scenario != "idle" and (what, beam) in idle:
            print(f"p95 {scenario} / idle, {what} beam {beam}: {p95 / idle[(what, beam)]:.2f}x")


if __name__ == "__main__":
    main()
