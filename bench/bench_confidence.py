"""Benchmark (not a test): what scoring the drafts (mt/confidence.py) costs a batch.

Model: the random-weight Transformer of the real Argos ar->en size (bench_translate.build_model),
installed into a throw-away WORKBENCH_HOME; paragraphs generated as bench_translate makes them.
The same paragraphs are translated with scoring on and off, alternating (on, off, on, off...) so
the machine's noise falls on both alike; printed: wall and CPU seconds per run (CPU time of all
the process's threads: what a loaded machine inflates least), the medians and their ratios.

Run: .venv/bin/python bench/bench_confidence.py [--paragraphs 60] [--repeats 2] [--beam 4]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--paragraphs", type=int, default=60)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--beam", type=int, default=4)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="bench-confidence-"))
    os.environ["WORKBENCH_HOME"] = str(home)
    from workbench import paths

    paths.configure_environment()
    from bench_translate import build_model, document
    from workbench.core.jobs import JobContext
    from workbench.core.model import TranslationRequest
    from workbench.mt.argos_engine import ArgosEngine
    from workbench.mt.argos_packages import install_package

    model = install_package(build_model(home / "build"))
    requests = [TranslationRequest(i, text) for i, text in enumerate(document(args.paragraphs))]
    engines = {True: ArgosEngine(model, beam_size=args.beam, confidence=True),
               False: ArgosEngine(model, beam_size=args.beam, confidence=False)}
    for engine in engines.values():
        list(engine.translate(requests[:2], JobContext()))  # load and warm up
    times: dict[bool, list[float]] = {True: [], False: []}
    cpu: dict[bool, list[float]] = {True: [], False: []}
    sentences = 0
    for _ in range(args.repeats):
        for scored in (True, False):
            started, spent = time.perf_counter(), time.process_time()
            drafts = list(engines[scored].translate(requests, JobContext()))
            times[scored].append(time.perf_counter() - started)
            cpu[scored].append(time.process_time() - spent)
            if scored:
                sentences = sum(len(d.confidence) for d in drafts)
    on, off = statistics.median(times[True]), statistics.median(times[False])
    print(f"{args.paragraphs} paragraphs, {sentences} sentences, beam {args.beam}; cores "
          f"{os.cpu_count()}, load average {os.getloadavg()[0]:.1f}")
    print("scored:   " + ", ".join(f"{t:.1f} s" for t in times[True]) + f"  median {on:.1f} s")
    print("unscored: " + ", ".join(f"{t:.1f} s" for t in times[False]) + f"  median {off:.1f} s")
    print(f"scoring costs {on / off:.2f}x the batch in wall time "
          f"({(on - off) / max(sentences, 1) * 1000:.1f} ms a sentence)")
    c_on, c_off = statistics.median(cpu[True]), statistics.median(cpu[False])
    print("cpu scored:   " + ", ".join(f"{t:.1f} s" for t in cpu[True]) + f"  median {c_on:.1f} s")
    print("cpu unscored: " + ", ".join(f"{t:.1f} s" for t in cpu[False]) + f"  median {c_off:.1f} s")
    print(f"scoring costs {c_on / c_off:.2f}x the batch in CPU time "
          f"({(c_on - c_off) / max(sentences, 1) * 1000:.1f} ms a sentence)")


if __name__ == "__main__":
    main()
