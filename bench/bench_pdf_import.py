"""Benchmark (not a test): importing a 300-page Arabic PDF made by LibreOffice.

The PDF is built once from a long generated DOCX (tests/fixtures/pdf_docs: headings, wrapped
paragraphs with English words and numbers, a running header, page numbers; `--columns 2`: the
body in a right-to-left two-column section, for the column reading of pdf_columns) and cached in
the temp dir; the import runs in a fresh process (clean peak RSS, VmHWM, bench/peak.py) and the
figures printed are pages, seconds, pages/second, peak MB and the word accuracy against the
source text (matched words in order / source words).

Run: .venv/bin/python bench/bench_pdf_import.py [--pages 300] [--columns 2] [--rebuild]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from peak import peak_rss_mb  # bench/peak.py: this script's folder is on sys.path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
PARAGRAPHS_PER_PAGE = 6.2  # measured: 1,680 generated paragraphs fill 274 LibreOffice pages


def build(pages: int, columns: int, rebuild: bool) -> Path:
    from tests.fixtures import pdf_docs

    folder = Path(tempfile.gettempdir()) / "workbench-bench-pdf"
    folder.mkdir(exist_ok=True)
    name = f"arabic-{pages}" + (f"-{columns}col" if columns > 1 else "")
    docx = folder / f"{name}.docx"
    pdf = folder / f"{name}.pdf"
    if rebuild or not pdf.exists():
        paras = pdf_docs.paragraphs(int(pages * PARAGRAPHS_PER_PAGE), seed=pages)
        pdf_docs.arabic_docx(docx, paras, columns=columns)
        if pdf_docs.soffice_pdf(docx, folder) is None:
            sys.exit("LibreOffice (soffice) is not installed: cannot build the PDF")
    return pdf


def child(path: str, pages: int) -> dict:
    import difflib

    from tests.fixtures import pdf_docs
    from workbench.formats.pdf_import import load_pdf

    start = time.perf_counter()
    document = load_pdf(Path(path))
    seconds = time.perf_counter() - start
    peak = peak_rss_mb()
    import pypdfium2 as pdfium

    count = len(pdfium.PdfDocument(path))
    source = pdf_docs.source_words(pdf_docs.paragraphs(int(pages * PARAGRAPHS_PER_PAGE), seed=pages))
    got = " ".join(s.text for s in document.segments).split()
    matched = sum(b.size for b in difflib.SequenceMatcher(None, source, got, autojunk=False).get_matching_blocks())
    return {"pages": count, "seconds": seconds, "peak_mb": peak, "segments": len(document.segments),
            "accuracy": matched / len(source)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--columns", type=int, default=1, help="text columns (LibreOffice section)")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--child")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.pages)))
        return
    pdf = build(args.pages, args.columns, args.rebuild)
    run = subprocess.run([sys.executable, __file__, "--child", str(pdf), "--pages", str(args.pages)],
                         capture_output=True, text=True, check=True, cwd=REPO)
    f = json.loads(run.stdout.strip().splitlines()[-1])
    print(f"{pdf.name}: {pdf.stat().st_size / 2**20:.1f} MB, {f['pages']} pages, {f['segments']:,} segments")
    print(f"{'seconds':>8}{'pages/s':>9}{'peak MB':>9}{'accuracy':>10}")
    print(f"{f['seconds']:>8.2f}{f['pages'] / f['seconds']:>9.1f}{f['peak_mb']:>9.0f}{f['accuracy']:>10.2%}")


if __name__ == "__main__":
    main()
