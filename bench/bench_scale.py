"""Benchmark (not a test): the scale of a real book (issue 12). Every step must be linear.

For each size (default 1,000, 15,000 and 100,000 paragraphs) a Markdown book is generated from
our own Arabic vocabulary (a heading every 25 paragraphs, sentences of 8-30 words), then each
step runs in a FRESH process, so its peak RSS (VmHWM of that process, bench/peak.py) is its own:

  import     Project.create + import_document(book.md)
  translate  `workbench translate --engine gloss` (the CLI, in that process); afterwards one
             paragraph in 100 gets a comment (not measured), so exports carry Word comments
  docx       Project.open + export DOCX (table layout, comments on); with --before ROOT the
             same step again with the code under ROOT (a checkout whose workbench/ is older)
  review     Project.open + export the review DOCX (issue 14: every status, comment column)
  md         Project.open + export Markdown (blocks layout)
  txt        Project.open + export TXT
  tmx        Project.open + export TMX (the confirmed paragraphs: every second one is marked
             reviewed after translating, not measured)
  window     QApplication + MainWindow on the project until every row is loaded

Prints one line per step, then a table with the ratios 15k/1k and 100k/15k (sizes grow x15
and x6.7: a linear step shows about those ratios in time, memory grows far less because of
the interpreter's fixed cost).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_scale.py [--sizes 1000,15000,100000]
     [--before /path/to/old/checkout] [--keep /tmp/wb-bench-scale] [--steps import,translate,review]
(--steps: a subset, in the order above; the exports need import and translate first.)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from peak import peak_rss_mb  # bench/peak.py: this script's folder is on sys.path

REPO = Path(__file__).resolve().parents[1]
# The code measured: this checkout, or (docx-before) the one named by BENCH_CODE_ROOT.
sys.path.insert(0, os.environ.get("BENCH_CODE_ROOT") or str(REPO))

WORDS = ("الماء النهر الحقل القمح الشعير المزارع السوق المدينة القرية الطريق الجسر المدرسة "
         "الطبيب البيت الشمس المطر الريح الشتاء الصيف الربيع الخبز الزيت التمر الحليب العمل "
         "الكتاب الرسالة الأسبوع الشهر السنة الناس الأطفال الجيران كبير صغير جديد قديم جميل "
         "بعيد قريب كثير قليل يزرع يحصد يبيع يشتري يكتب يقرأ يسافر يعود يبني يفتح يغلق "
         "في على من إلى عن مع بعد قبل عند حين").split()
STEPS = ("import", "translate", "docx", "docx-before", "review", "md", "txt", "tmx", "window")
EXPORTS = frozenset(STEPS) - {"import", "translate", "window"}


def generated_book(size: int, seed: int = 12) -> str:
    rng = random.Random(seed)
    blocks = []
    for n in range(size):
        if n % 25 == 0:
            blocks.append("## " + " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 5))))
            continue
        sentences = []
        for _ in range(rng.randint(1, 3)):
            sentences.append(" ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 30))) + ".")
        blocks.append(" ".join(sentences))
    return "\n\n".join(blocks) + "\n"


# -- the steps, each run in a child process ----------------------------------------------------
def step_import(folder: Path) -> str:
    from workbench.project import Project

    project_path = folder / "book.wbproj"
    project_path.unlink(missing_ok=True)
    with Project.create(project_path) as project:
        doc = project.import_document(folder / "book.md")
    return f"{doc.paragraph_count} paragraphs"


def step_translate(folder: Path) -> str:
    from workbench.cli import main

    code = main(["translate", str(folder / "book.wbproj"), "--engine", "gloss"])
    if code:
        raise SystemExit(code)
    return "gloss drafts"


def step_export(folder: Path, fmt: str, layout: str | None) -> str:
    from workbench.project import Project

    out = folder / f"book-{fmt}.{'docx' if fmt == 'review' else fmt}"
    with Project.open(folder / "book.wbproj", backup=False) as project:
        project.export(out, fmt, layout)
    return f"{out.stat().st_size / 1e6:.1f} MB file"


def step_window(folder: Path) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from workbench.ui.main_window import MainWindow
    from workbench.ui.settings import Settings

    window = MainWindow(Settings())
    window.resize(1280, 800)
    window.show()
    window.files.open(folder / "book.wbproj")
    deadline = time.monotonic() + 1800
    while time.monotonic() < deadline and (window.loading or window.model.rowCount() == 0):
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    rows = window.model.rowCount()
    window.close()
    app.processEvents()
    return f"{rows} rows"


def child(step: str, folder: Path) -> dict:
    start = time.perf_counter()
    if step == "import":
        note = step_import(folder)
    elif step == "translate":
        note = step_translate(folder)
    elif step in ("docx", "docx-before"):
        note = step_export(folder, "docx", "table")
    elif step == "review":
        note = step_export(folder, "review", None)
    elif step == "md":
        note = step_export(folder, "md", "blocks")
    elif step == "txt":
        note = step_export(folder, "txt", None)
    elif step == "tmx":
        note = step_export(folder, "tmx", None)
    else:
        note = step_window(folder)
    seconds = time.perf_counter() - start
    peak = peak_rss_mb()
    return {"seconds": seconds, "peak_mb": peak, "note": note}


def add_comments(folder: Path) -> None:
    from workbench.project import Project

    with Project.open(folder / "book.wbproj", backup=False) as project:
        for paragraph in project.paragraphs()[::100]:
            project.set_comment(paragraph.id, "راجع هذه الفقرة: <المصطلح> & *النبرة*")
    # Half the book confirmed, for the TMX export. Straight in SQL: through the facade each mark
    # would also feed the user's translation memory, which is not what this step measures.
    import sqlite3

    conn = sqlite3.connect(folder / "book.wbproj")
    conn.execute("UPDATE paragraphs SET status = 'reviewed' WHERE id % 2 = 0 AND target != ''")
    conn.commit()
    conn.close()


# -- the parent --------------------------------------------------------------------------------
def run_step(step: str, folder: Path, before: Path | None) -> dict | None:
    env = os.environ.copy()
    if step == "docx-before":
        if before is None:
            return None
        env["BENCH_CODE_ROOT"] = str(before)
    command = [sys.executable, str(Path(__file__).resolve()), "--child", step, "--folder", str(folder)]
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=REPO)
    if done.returncode:
        print(done.stderr[-2000:], file=sys.stderr)
        return {"seconds": float("nan"), "peak_mb": float("nan"), "note": "failed"}
    return json.loads(done.stdout.strip().splitlines()[-1])


def cell(result: dict | None) -> str:
    return "n/a" if result is None else f"{result['seconds']:8.2f} s {result['peak_mb']:6.0f} MB"


def ratio(big: dict | None, small: dict | None) -> str:
    if big is None or small is None:
        return "n/a"
    return f"x{big['seconds'] / small['seconds']:.1f} t, x{big['peak_mb'] / small['peak_mb']:.1f} mem"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,15000,100000")
    parser.add_argument("--before", type=Path, default=None, help="old checkout for docx-before")
    parser.add_argument("--keep", type=Path, default=Path(tempfile.gettempdir()) / "wb-bench-scale")
    parser.add_argument("--steps", default=",".join(STEPS), help="a subset of: " + ", ".join(STEPS))
    parser.add_argument("--child", default=None)
    parser.add_argument("--folder", type=Path, default=None)
    args = parser.parse_args()
    if args.child:
        result = child(args.child, args.folder)
        import workbench

        result["note"] += f", code {Path(workbench.__file__).parents[1]}"
        print(json.dumps(result))
        return
    os.environ.setdefault("WORKBENCH_HOME", str(args.keep / "home"))
    sizes = [int(s) for s in args.sizes.split(",")]
    chosen = set(args.steps.split(","))
    if chosen - set(STEPS):
        parser.error(f"unknown steps {sorted(chosen - set(STEPS))}; choose from {', '.join(STEPS)}")
    steps = [step for step in STEPS if step in chosen]
    results: dict[int, dict[str, dict | None]] = {}
    for size in sizes:
        folder = args.keep / f"book-{size}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "book.md").write_text(generated_book(size), encoding="utf-8")
        results[size] = {}
        commented = False
        for step in steps:
            if step in EXPORTS and not commented:
                add_comments(folder)
                commented = True
            results[size][step] = result = run_step(step, folder, args.before)
            note = "" if result is None else f"  ({result['note']})"
            print(f"{size:>7} {step:<12}{cell(result)}{note}", flush=True)
    print(f"\n{'step':<12}" + "".join(f"{size:>22}" for size in sizes)
          + "".join(f"{f'{b}/{a}':>24}" for a, b in zip(sizes, sizes[1:])))
    for step in steps:
        row = [results[size][step] for size in sizes]
        line = f"{step:<12}" + "".join(f"{cell(r):>22}" for r in row)
        line += "".join(f"{ratio(b, a):>24}" for a, b in zip(row, row[1:]))
        print(line)


if __name__ == "__main__":
    main()
