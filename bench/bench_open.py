"""Benchmark (not a test): open a project in the window, time to first rows painted, peak RSS.

For each size (default 1,000 and 15,000 paragraphs) a project is built once from generated
Arabic text (tests/fixtures/tiny_text.py; about 3-5 sentences, ~60-100 words a paragraph) with
every paragraph holding an English-length target, so rows have text on both sides. Then, in a
fresh process per size (clean peak RSS):

  open  = MainWindow.files.open(path) until the grid's viewport has painted the first rows
  (the Project is opened on the store lane, the first page read, the model reset, visible rows
  measured and painted), then until all pages are loaded. "cold": right after the window
  appears, as `workbench gui PROJECT` (the store's imports - sqlite-utils pulls in pandas - are
  still loading); "warm": Project > Open in a window already up. The window's own start-up
  (QApplication + MainWindow) is reported apart;
  scroll = the slowest of 40 jumps to random rows, each followed by a synchronous repaint
  (fit_visible_rows + paint): how long the event loop is blocked by a jump; and the slowest
  of 60 wheel-like 60-pixel scroll steps.

With --corpus ZIP (optional, e.g. ../shared/corpus/*.zip when present) paragraphs are read from
the zip's text files instead of generated. Goal: first paint < 1 s and < 400 MB at 15,000.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_open.py [--sizes 1000,15000]
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
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

ENGLISH = ("The committee said on Tuesday that the new plan would be discussed next week, and "
           "officials added that the budget for schools and hospitals had risen this year. ")


def corpus_paragraphs(zip_path: Path) -> list[str]:
    """Paragraphs of the text files, or of the `content` of JSON article lists, in a zip."""
    out = []
    with zipfile.ZipFile(zip_path) as zf:
        for name in zf.namelist():
            raw = zf.read(name).decode("utf-8", errors="replace")
            if name.endswith(".json"):
                items = json.loads(raw)
                raw = "\n".join(i.get("content", "") for i in items if isinstance(i, dict))
            elif not name.endswith((".txt", ".md")):
                continue
            out += [line.strip() for line in raw.splitlines() if len(line.strip()) > 40]
    return out


def build_project(path: Path, size: int, corpus: Path | None) -> None:
    from tests.fixtures.tiny_text import generated_arabic_paragraph
    from workbench.core.model import Draft, Status
    from workbench.project import Project

    rng = random.Random(size)
    pool = corpus_paragraphs(corpus) if corpus else []
    paragraphs = [pool[i % len(pool)] if pool else generated_arabic_paragraph(rng)
                  for i in range(size)]
    source = path.with_suffix(".md")
    source.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    with Project.create(path) as project:
        project.import_document(source)
        ids = project.paragraph_ids()
        for start in range(0, len(ids), 1000):
            project.apply_drafts(Draft(pid, ENGLISH * rng.randint(1, 3), "bench", "none",
                                       Status.MACHINE) for pid in ids[start:start + 1000])
    source.unlink()


def child(path: Path, warm: bool) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    t0 = time.perf_counter()
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from workbench.ui.main_window import MainWindow
    from workbench.ui.settings import Settings

    window = MainWindow(Settings())
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    startup = time.perf_counter() - t0
    if warm:  # as with Project > Open in a window that is already up: store modules loaded
        window.tasks.run_and_wait("store", lambda ctx: None)

    painted = []
    loop = QEventLoop()

    class PaintWatch(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and window.model.rowCount() and not painted:
                painted.append(time.perf_counter())
                QTimer.singleShot(0, loop.quit)
            return False

    watch = PaintWatch()
    window.view.viewport().installEventFilter(watch)
    QTimer.singleShot(60_000, loop.quit)
    start = time.perf_counter()
    window.files.open(path)
    loop.exec()  # a real event loop: no busy-waiting thread competing with the lanes
    first_paint = painted[0] - start if painted else float("nan")
    while window.loading:  # the remaining pages
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    all_rows = time.perf_counter() - start
    rows = window.model.rowCount()

    rng = random.Random(1)
    worst = 0.0
    for _ in range(40):
        row = rng.randrange(rows)
        t = time.perf_counter()
        window.view.go_to_row(row)
        window.view.viewport().repaint()
        worst = max(worst, time.perf_counter() - t)
    bar = window.view.verticalScrollBar()
    window.view.go_to_row(rows // 2)
    app.processEvents()
    worst_step = 0.0
    for _ in range(60):  # wheel-like scrolling: 60 px steps, each followed by a repaint
        t = time.perf_counter()
        bar.setValue(bar.value() + 60)
        window.view.fit_visible_rows()
        window.view.viewport().repaint()
        worst_step = max(worst_step, time.perf_counter() - t)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    window.close()
    return {"rows": rows, "startup_s": round(startup, 3), "first_paint_s": round(first_paint, 3),
            "all_rows_s": round(all_rows, 3),
            "worst_jump_ms": round(worst * 1000, 1), "worst_step_ms": round(worst_step * 1000, 1), "peak_rss_mb": round(peak_mb, 1)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,15000")
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--keep", type=Path, default=Path(tempfile.gettempdir()) / "wb-bench-open")
    parser.add_argument("--child", type=Path, default=None)
    parser.add_argument("--warm", action="store_true")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.warm)))
        return
    os.environ.setdefault("WORKBENCH_HOME", str(args.keep / "home"))
    from workbench import paths

    paths.configure_environment()
    args.keep.mkdir(parents=True, exist_ok=True)
    for size in (int(s) for s in args.sizes.split(",")):
        tag = "corpus" if args.corpus else "generated"
        path = args.keep / f"open-{tag}-{size}.wbproj"
        if not path.exists():
            t = time.perf_counter()
            build_project(path, size, args.corpus)
            print(f"built {path.name} in {time.perf_counter() - t:.1f} s", flush=True)
        for mode in ("cold", "warm"):
            command = [sys.executable, __file__, "--child", str(path)]
            out = subprocess.run(command + (["--warm"] if mode == "warm" else []), check=True,
                                 capture_output=True, text=True, env=os.environ.copy())
            r = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"{size:>6} paragraphs, {mode} open: first rows painted {r['first_paint_s']:.3f}"
                  f" s, all {r['rows']} rows {r['all_rows_s']:.3f} s (window start-up "
                  f"{r['startup_s']:.3f} s), slowest jump+repaint {r['worst_jump_ms']:.1f} ms, slowest "
                  f"60 px scroll step {r['worst_step_ms']:.1f} ms, "
                  f"peak RSS {r['peak_rss_mb']:.0f} MB", flush=True)


if __name__ == "__main__":
    main()
