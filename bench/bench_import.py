"""Benchmark (not a test): time and peak memory of `load_document` on generated files.

Each case runs in a fresh process (clean peak RSS: VmHWM of that process, which includes the
interpreter and the parsers' modules, 20-70 MB) and reports wall time, peak RSS, the
paragraphs imported (or the refusal) and, for the ordinary formats, the ratios between sizes:
- Markdown, TXT and DOCX of 1,000 / 15,000 / 100,000 paragraphs (tests/fixtures/tiny_text.py:
  1-2 generated Arabic sentences a paragraph, ~400 bytes, so 100,000 stay under the 50 MB file
  limit; Markdown adds a heading every 20 paragraphs and a list item every 50; DOCX is written
  straight as WordprocessingML, so building it is quick);
- hostile cases from issue 12: 'ا' + shadda+fatha x 100,000 (400 KB; 42 s before the mark cap),
  a 2 MB Markdown table (289,000 cells: refused at the paragraph limit, its peak was 456 MB before
  Markdown was parsed in windows), a million one-word lines and 5.2 million (47 MB; 823 MB and
  8 s before text import stopped at the limit instead of counting to the end), a million one-word
  list items, 4 million one-word Markdown paragraphs (541 MB before windows stopped holding every
  line as a string), one 20-million-character Markdown paragraph full of emphasis (2.1 GB and
  32 s before inline parsing went piece by piece), the table cut to 1.4 MB (193,000 cells:
  accepted), 100 nested quotes, a DOCX whose main part is `word/document` holding a DOCTYPE
  after 400 spaces.
Goals (docs/reliability): hostile input refused or accepted in under 5 s and under 300 MB.

Run: .venv/bin/python bench/bench_import.py [--sizes 1000,15000,100000] [--only md,txt,docx,hostile]
"""

from __future__ import annotations

import argparse
import io
import json
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from peak import peak_rss_mb  # bench/peak.py: this script's folder is on sys.path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def paragraphs(size: int) -> list[str]:
    from tests.fixtures.tiny_text import generated_arabic_paragraph

    rng = random.Random(size)
    return [generated_arabic_paragraph(rng, 1, 2) for _ in range(size)]


def write_md(path: Path, size: int) -> None:
    out = []
    for i, text in enumerate(paragraphs(size)):
        if i % 20 == 0:
            out.append(f"## القسم {i // 20 + 1}")
        out.append(f"- {text}" if i % 50 == 49 else text)
    path.write_text("\n\n".join(out) + "\n", encoding="utf-8")


def write_txt(path: Path, size: int) -> None:
    path.write_text("\n\n".join(paragraphs(size)) + "\n", encoding="utf-8")


def docx_with_body(body_xml: bytes, main_name: str = "word/document.xml") -> bytes:
    import docx

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            name, data = info.filename, source.read(info)
            if name == "word/document.xml":
                name, data = main_name, body_xml
            elif name == "[Content_Types].xml":
                data = data.replace(b'PartName="/word/document.xml"', f'PartName="/{main_name}"'.encode())
            elif name == "_rels/.rels":
                data = data.replace(b'Target="word/document.xml"', f'Target="{main_name}"'.encode())
            target.writestr(name, data)
    return out.getvalue()


def write_docx(path: Path, size: int) -> None:
    from xml.sax.saxutils import escape

    body = "".join(f"<w:p><w:r><w:t>{escape(text)}</w:t></w:r></w:p>" for text in paragraphs(size))
    xml = f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
    path.write_bytes(docx_with_body(xml.encode()))


def table_md(limit_bytes: int) -> str:
    rows = ["| " + " | ".join(["خلية"] * 8) + " |", "|" + "---|" * 8]
    line = "| " + " | ".join(["نص"] * 8) + " |"
    size = sum(len(r.encode()) + 1 for r in rows)
    while size < limit_bytes:
        rows.append(line)
        size += len(line.encode()) + 1
    return "\n".join(rows) + "\n"


def hostile_files(folder: Path) -> dict[str, Path]:
    files = {
        "marks.txt": "ا" + "\u0651\u064e" * 100_000 + "\n",
        "table-2MB.md": table_md(2 * 1024 * 1024),
        "table-1.4MB.md": table_md(1_400_000),
        "million-lines.txt": "كلمة\n" * 1_000_000,
        "5.2-million-lines.txt": "كلمة\n" * 5_200_000,
        "million-items.md": "- كلمة\n" * 1_000_000,
        "4-million-paragraphs.md": "كلمة\n\n" * 4_000_000,
        "one-20MB-paragraph.md": "كلمة *مهمة* جدا. " * 1_200_000,
        "quotes-100.md": "مقدمة\n\n" + "> " * 100 + "نص عميق\n",
    }
    out = {}
    for name, text in files.items():
        out[name] = folder / name
        out[name].write_text(text, encoding="utf-8")
    xxe = (b" " * 400 + b'<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           + f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p>'.encode()
           + b"</w:body></w:document>")
    out["xxe-main-part.docx"] = folder / "xxe-main-part.docx"
    out["xxe-main-part.docx"].write_bytes(docx_with_body(xxe, "word/document"))
    return out


def child(path: str) -> dict:
    from workbench.core.errors import DocumentImportError
    from workbench.formats.importers import load_document

    start = time.perf_counter()
    try:
        result = f"{len(load_document(Path(path)).segments):,} paragraphs"
    except DocumentImportError as exc:
        result = f"refused: {exc.reason[:70]}"
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "peak_mb": peak_rss_mb(), "result": result}




def measure(path: Path) -> dict:
    run = subprocess.run([sys.executable, __file__, "--child", str(path)], capture_output=True,
                         text=True, check=True, cwd=REPO)
    return json.loads(run.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,15000,100000")
    parser.add_argument("--only", default="md,txt,docx,hostile")
    parser.add_argument("--child")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child)))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    only = args.only.split(",")
    writers = {"md": write_md, "txt": write_txt, "docx": write_docx}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(f"{'case':<24}{'MB file':>9}{'seconds':>9}{'peak MB':>9}  result")
        for fmt in (f for f in writers if f in only):
            rows = []
            for size in sizes:
                path = folder / f"{size}.{fmt}"
                writers[fmt](path, size)
                figures = measure(path)
                rows.append(figures)
                print(f"{fmt + ' ' + format(size, ','):<24}{path.stat().st_size / 2**20:>9.1f}"
                      f"{figures['seconds']:>9.2f}{figures['peak_mb']:>9.0f}  {figures['result']}")
            for (a, fa), (b, fb) in zip(zip(sizes, rows), zip(sizes[1:], rows[1:])):
                print(f"  {fmt} {b:,}/{a:,}: size x{b / a:.0f}, time x{fb['seconds'] / fa['seconds']:.1f}, "
                      f"peak x{fb['peak_mb'] / fa['peak_mb']:.1f}")
        if "hostile" in only:
            for name, path in hostile_files(folder).items():
                figures = measure(path)
                print(f"{name:<24}{path.stat().st_size / 2**20:>9.1f}{figures['seconds']:>9.2f}"
                      f"{figures['peak_mb']:>9.0f}  {figures['result']}")


if __name__ == "__main__":
    main()
