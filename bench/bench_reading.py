"""Benchmark (not a test): the reading layout on a book, and retranslation during a batch.

Reading layout, for each size (default 1,000 and 15,000 paragraphs; projects built as in
bench_open.py and shared with it), in a fresh process: the window opens the project and loads
every page with the layout hidden (its cost then is nothing), then
  show   = the dock is shown: both columns built and painted (View > Reading layout, F6);
  jump   = the slowest of 40 grid jumps to random rows, each followed by the layout scrolling
           to the row and repainting both columns;
  scroll = the slowest of 60 scroll steps of the Arabic column with the English following;
  peak RSS before and after showing the layout.

Retranslation (--retranslate [--model tiny|base]): with the gloss engine (no model installed)
or an Argos test model (bench_gui_stall.py's, installed in a throw-away home), a batch over every paragraph of a 1,000-paragraph project is started and, once the first
draft has landed, the current paragraph is retranslated: the time until its draft is shown,
against the time the whole batch takes.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_reading.py [--sizes 1000,15000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _window(path: Path):
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from workbench.ui.main_window import MainWindow
    from workbench.ui.settings import Settings

    window = MainWindow(Settings())
    window.resize(1280, 900)
    window.display.reading_dock.hide()  # a previous run may have left it open in the settings
    window.show()
    window.files.open(path)
    while not window.session.is_open or window.loading or window.model.rowCount() == 0:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    app.processEvents()
    return app, window


def child_reading(path: Path) -> dict:
    app, window = _window(path)
    reading = window.display.reading_view
    rows = window.model.rowCount()
    assert not reading.built
    before = _rss_mb()
    t = time.perf_counter()
    window.display.reading_dock.show()
    app.processEvents()
    reading.arabic.viewport().repaint()
    reading.english.viewport().repaint()
    show = time.perf_counter() - t
    assert reading.built and reading.arabic.document().blockCount() == rows
    rng = random.Random(2)
    worst_jump = 0.0
    for _ in range(40):
        t = time.perf_counter()
        window.view.go_to_row(rng.randrange(rows))
        reading.arabic.viewport().repaint()
        reading.english.viewport().repaint()
        worst_jump = max(worst_jump, time.perf_counter() - t)
    bar = reading.arabic.verticalScrollBar()
    worst_step = 0.0
    for _ in range(60):
        t = time.perf_counter()
        bar.setValue(bar.value() + 3)
        reading.arabic.viewport().repaint()
        reading.english.viewport().repaint()
        worst_step = max(worst_step, time.perf_counter() - t)
    after = _rss_mb()
    window.close()
    return {"rows": rows, "show_s": round(show, 3), "worst_jump_ms": round(worst_jump * 1000, 1),
            "worst_step_ms": round(worst_step * 1000, 1), "rss_before_mb": round(before),
            "rss_after_mb": round(after)}


def child_retranslate(path: Path) -> dict:
    from PySide6.QtCore import QEventLoop

    app, window = _window(path)
    window.translation.warm_up()
    while window.tasks.is_busy("mt"):
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    row = window.model.rowCount() - 1
    pid = window.model.paragraph_at(row).id
    window.view.go_to_row(row)
    marks: dict[str, float] = {}

    def first_draft(*_):
        if "first" not in marks and window.translation.running:
            marks["first"] = time.perf_counter()
            window.actions.retranslate.trigger()

    def landed(top, bottom, roles=()):
        if "asked" in marks and "landed" not in marks and top.row() <= row <= bottom.row() \
                and window.model.paragraph(pid).target:
            marks["landed"] = time.perf_counter()

    window.model.dataChanged.connect(first_draft)
    window.model.dataChanged.connect(landed)
    window.actions.retranslate.triggered.connect(lambda: marks.setdefault("asked", time.perf_counter()))
    done = []
    window.translation.finished.connect(lambda *a: done.append(time.perf_counter()))
    start = time.perf_counter()
    window.actions.translate_all.trigger()
    while not done:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    engine = window.model.paragraph(pid).engine
    window.close()
    return {"engine": engine, "rows": row + 1, "batch_s": round(done[0] - start, 2),
            "retranslate_s": round(marks["landed"] - marks["asked"], 3)
            if "landed" in marks else None}


def _build_untranslated(path: Path, size: int) -> None:
    from tests.fixtures.tiny_text import generated_arabic_paragraph
    from workbench.project import Project

    rng = random.Random(size)
    source = path.with_suffix(".md")
    source.write_text("\n\n".join(generated_arabic_paragraph(rng) for _ in range(size)) + "\n",
                      encoding="utf-8")
    with Project.create(path) as project:
        project.import_document(source)
    source.unlink()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,15000")
    parser.add_argument("--retranslate", action="store_true")
    parser.add_argument("--model", choices=("none", "tiny", "base"), default="none",
                        help="with --retranslate: the Argos test model to install (none: gloss)")
    parser.add_argument("--keep", type=Path, default=Path(tempfile.gettempdir()) / "wb-bench-open")
    parser.add_argument("--child", type=Path, default=None)
    parser.add_argument("--mode", default="reading")
    args = parser.parse_args()
    if args.child:
        fn = child_reading if args.mode == "reading" else child_retranslate
        print(json.dumps(fn(args.child)))
        return
    if args.retranslate:  # a throw-away home: the model installed there is the only one
        os.environ["WORKBENCH_HOME"] = tempfile.mkdtemp(prefix="wb-bench-retranslate-")
    os.environ.setdefault("WORKBENCH_HOME", str(args.keep / "home"))
    from bench.bench_open import build_project
    from workbench import paths

    paths.configure_environment()
    if args.retranslate and args.model != "none":
        from bench.bench_gui_stall import build_model
        from workbench.mt.argos_packages import install_package

        install_package(build_model(args.model, Path(os.environ["WORKBENCH_HOME"]) / "model"))
    args.keep.mkdir(parents=True, exist_ok=True)
    sizes = [1000] if args.retranslate else [int(s) for s in args.sizes.split(",")]
    for size in sizes:
        path = args.keep / f"open-generated-{size}.wbproj"
        if not path.exists():
            build_project(path, size, None)
        if args.retranslate:  # untranslated (engines never overwrite the bench's drafts)
            path = args.keep / f"retranslate-{size}.wbproj"
            path.unlink(missing_ok=True)
            _build_untranslated(path, size)
        mode = "retranslate" if args.retranslate else "reading"
        out = subprocess.run([sys.executable, __file__, "--child", str(path), "--mode", mode],
                             check=True, capture_output=True, text=True, env=os.environ.copy())
        r = json.loads(out.stdout.strip().splitlines()[-1])
        if args.retranslate:
            print(f"{r['rows']} paragraphs, engine {r['engine']}: batch {r['batch_s']:.2f} s; "
                  f"retranslating the last paragraph after the first draft landed took "
                  f"{r['retranslate_s']} s", flush=True)
        else:
            print(f"{r['rows']:>6} paragraphs: reading layout shown in {r['show_s']:.3f} s, slowest "
                  f"grid jump + follow {r['worst_jump_ms']:.1f} ms, slowest scroll step "
                  f"{r['worst_step_ms']:.1f} ms, peak RSS {r['rss_before_mb']} -> "
                  f"{r['rss_after_mb']} MB", flush=True)


if __name__ == "__main__":
    main()
