"""Benchmark (not a test): the longest GUI event-loop stall while the window translates.

A 200-paragraph Arabic document (generated, tests/fixtures/tiny_text.py) is imported into a
project and translated with "Translate all" through the real lanes: requests listed on the
store lane, the Argos engine streaming drafts on the mt lane, drafts written by the store lane
and shown in the grid as they land. Meanwhile a 5 ms PreciseTimer on the GUI thread records the
time between its ticks; a stall is a gap beyond the interval. The idle loop is measured first
for a baseline. Goal: longest stall under 50 ms.

Model: "tiny" (default) is the test model (2+2 layers, d_model 64, int8); "base" is the random-
weight model of the real Argos ar->en size (6+6 layers, d_model 512, 32k vocabulary), whose
decoding keeps the mt thread busy far longer. Both are built with tests/fixtures/tiny_model.py
and installed through the same install path users use, into a throw-away WORKBENCH_HOME.

Engine: "argos" (default) uses that model; "gloss" uses the fast word-by-word gloss engine (no
model installed), whose drafts arrive faster than the GUI can show them one group at a time:
`--engine gloss --paragraphs 3000` is the user trial where the grid froze while translating.

First screen: with `--cursor-row N` the cursor is put on row N before "Translate all", and the
time until every row on screen has its draft is printed ("first screen readable after"); with
`--no-focus` the batch ignores the screen (project order from the top), for comparison
(issue 16: a 3,000-paragraph document with the base model, readable within 2 s of the click).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_gui_stall.py [--model tiny|base]
     [--engine argos|gloss] [--paragraphs N] [--warm] [--cursor-row N [--no-focus]]
`--warm` first translates one paragraph, so the engine's lazy first-use loads (the gloss
engine's morphology analyzer, converted on first use in a fresh home) are not measured.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

INTERVAL_MS = 5


def build_model(kind: str, workdir: Path) -> Path:
    from tests.fixtures.tiny_model import build_tiny_argos_package
    from tests.fixtures.tiny_text import generated_arabic_paragraph

    if kind == "tiny":
        return build_tiny_argos_package(workdir)
    rng = random.Random(7)
    return build_tiny_argos_package(
        workdir, d_model=512, layers=6, heads=8, ffn_dim=2048, vocab_size=32000,
        real_pieces=800, quantization="int8", gain=0.6, length_ratio=1.45,
        extra_lines=[generated_arabic_paragraph(rng) for _ in range(3000)])


def build_project(path: Path, paragraphs: int) -> None:
    from tests.fixtures.tiny_text import generated_arabic_paragraph
    from workbench.project import Project

    rng = random.Random(2024)
    source = path.with_suffix(".md")
    source.write_text("\n\n".join(generated_arabic_paragraph(rng) for _ in range(paragraphs)),
                      encoding="utf-8")
    with Project.create(path) as project:
        project.import_document(source)


def measure(app, seconds_max: float, until, at: list[float] | None = None) -> list[float]:
    """Gaps (ms beyond the interval) between ticks of a 5 ms timer until `until()` is true;
    `at` receives when each gap ended (seconds from the start)."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    gaps: list[float] = []
    last = [time.perf_counter()]
    began = last[0]
    loop = QEventLoop()

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(max(0.0, (now - last[0]) * 1000 - INTERVAL_MS))
        if at is not None:
            at.append(now - began)
        last[0] = now
        if until():
            loop.quit()

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(INTERVAL_MS)
    timer.timeout.connect(tick)
    timer.start()
    QTimer.singleShot(int(seconds_max * 1000), loop.quit)
    loop.exec()
    timer.stop()
    return gaps


def summary(gaps: list[float], at: list[float] | None = None) -> str:
    if not gaps:
        return "no ticks"
    ordered = sorted(gaps)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    where = f" at {at[gaps.index(max(gaps))]:.2f} s" if at else ""
    over = sum(1 for g in gaps if g > 50)
    return (f"longest stall {max(gaps):.1f} ms{where}, {over} over 50 ms, p99 {p99:.1f} ms, "
            f"median {statistics.median(gaps):.2f} ms over {len(gaps)} ticks")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", choices=("tiny", "base"), default="tiny")
    parser.add_argument("--engine", choices=("argos", "gloss"), default="argos")
    parser.add_argument("--paragraphs", type=int, default=200)
    parser.add_argument("--warm", action="store_true",
                        help="translate one paragraph before the measured batch")
    parser.add_argument("--cursor-row", type=int, default=None,
                        help="put the cursor here first and time the first screen's drafts")
    parser.add_argument("--no-focus", action="store_true",
                        help="translate in project order, ignoring the rows on screen")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="wb-bench-stall-"))
    os.environ["WORKBENCH_HOME"] = str(work / "home")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from workbench import paths

    paths.configure_environment()
    from workbench.mt.argos_packages import install_package

    t = time.perf_counter()
    if args.engine == "argos":
        install_package(build_model(args.model, work / "model"))
    project = work / "stall.wbproj"
    build_project(project, args.paragraphs)
    what = f"model '{args.model}'" if args.engine == "argos" else "gloss engine"
    print(f"{what} and a {args.paragraphs}-paragraph project ready in "
          f"{time.perf_counter() - t:.1f} s", flush=True)

    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from workbench.ui.main_window import MainWindow
    from workbench.ui.settings import Settings

    settings = Settings()
    settings.preferred_engine = "gloss" if args.engine == "gloss" else ""
    window = MainWindow(settings)
    window.resize(1280, 800)
    window.show()
    window.start(project)
    ready = []
    window.translation.engine_ready.connect(lambda name, model: ready.append(name))
    measure(app, 60, lambda: bool(ready) and window.model.rowCount() > 0 and not window.loading)
    print(f"idle loop: {summary(measure(app, 1.0, lambda: False))}", flush=True)

    done = []
    window.translation.finished.connect(lambda written, cancelled: done.append(written))
    if args.warm:
        window.translation.translate(paragraph_ids=[window.model.paragraph_at(0).id])
        measure(app, 120, lambda: bool(done))
        done.clear()
        print("warmed up on one paragraph", flush=True)
    screen: list[int] = []
    if args.cursor_row is not None:
        window.view.go_to_row(args.cursor_row)
        measure(app, 0.5, lambda: False)
        first, last = window.view.rowAt(0), window.view.rowAt(window.view.viewport().height() - 1)
        screen = [window.model.paragraph_at(r).id for r in range(max(first, 0), last + 1)]
        if args.no_focus:
            window.view.focus_paragraph_ids = lambda: []
    readable: list[float] = []

    def screen_done() -> bool:
        if screen and not readable and all(window.model.paragraph(pid).target for pid in screen):
            readable.append(time.perf_counter() - start)
        return bool(done) or bool(readable)  # with --cursor-row: the first screen is the figure

    start = time.perf_counter()
    window.actions.translate_all.trigger()
    at: list[float] = []
    gaps = measure(app, 600, screen_done, at)
    elapsed = time.perf_counter() - start
    if screen:
        if not done:
            window.translation.cancel()
            measure(app, 60, lambda: bool(done))
        mode = "project order" if args.no_focus else "screen first"
        print(f"first screen ({len(screen)} rows at row {args.cursor_row}, {mode}) readable after "
              f"{readable[0]:.2f} s" if readable else "first screen never complete", flush=True)
    statuses = {p.status.value for p in window.model.paragraphs()}
    print(f"translating {done[0] if done else '?'} paragraphs took {elapsed:.1f} s "
          f"(rows now {sorted(statuses)}): {summary(gaps, at)}", flush=True)
    window.close()


if __name__ == "__main__":
    main()
