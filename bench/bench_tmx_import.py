"""Benchmark (not a test): TMX import into the translation memory (issue 13).

Writes a TMX 1.4 file of N generated units (default 100,000: bench_memory's Arabic-like
sentences of 8-30 words, an English line each, dates, a creator, a note on one unit in ten, and
our props on one in three, so part of the file names its project), then imports it in a FRESH
process through `project.memory.import_tmx` (the streaming reader, one transaction) into an
empty memory under a temporary WORKBENCH_HOME. Prints units/second, seconds, the child's peak
RSS (VmHWM, bench/peak.py) against its RSS before the import and against the TMX size (a reader
that held the file, let alone twice, would add at least its size), and the memory file's size
as a ratio of the TMX's (goal: under 2x).

Run: .venv/bin/python bench/bench_tmx_import.py [--units 100000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import html
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from peak import peak_rss_mb  # bench/peak.py: this script's folder is on sys.path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n<header creationtool="bench" '
        'creationtoolversion="1" segtype="sentence" o-tmf="bench" adminlang="en" srclang="ar" '
        'datatype="plaintext"/>\n<body>\n')
TU = ('<tu tuid="{tuid}" creationdate="20261207T090000Z" changedate="20261208T100000Z" '
      'creationid="bench">{note}{props}\n<tuv xml:lang="ar"><seg>{s}</seg></tuv>\n'
      '<tuv xml:lang="en"><seg>{t}</seg></tuv></tu>\n')


def write_tmx(path: Path, units: int, seed: int = 13) -> None:
    """A TMX of `units` generated units, written as it is generated."""
    from bench_memory import Generator  # bench/: this script's folder is on sys.path

    gen = Generator(seed)
    with path.open("w", encoding="utf-8") as out:
        out.write(HEAD)
        for i in range(units):
            project = f"bench-project-{i % 7}"
            ours = i % 3 == 0
            props = (f'<prop type="x-project">{project}</prop><prop type="x-project-name">desk {i % 7}'
                     f'</prop><prop type="x-document">file-{i % 50}.docx</prop>') if ours else ""
            note = "<note>checked by the desk</note>" if i % 10 == 0 else ""
            english = f"English sentence number {i} about the generated words of the benchmark."
            out.write(TU.format(tuid=f"{project}:{i}" if ours else f"t{i}", note=note, props=props,
                                s=html.escape(gen.sentence()), t=english))
        out.write("</body>\n</tmx>\n")


def child(tmx: Path) -> dict:
    """Import `tmx` into an empty memory (WORKBENCH_HOME is the parent's temporary folder)."""
    from workbench.memory.store import memory_path
    from workbench.project import memory

    before = peak_rss_mb()  # the interpreter, lxml, sqlite and our modules, before any unit
    start = time.perf_counter()
    added = memory.import_tmx(tmx)
    seconds = time.perf_counter() - start
    return {"added": added, "seconds": seconds, "rss_before_mb": before, "peak_mb": peak_rss_mb(),
            "memory_bytes": memory_path().stat().st_size, "stats": memory.stats()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, default=None, help="folder to keep the files in")
    parser.add_argument("--child", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(child(args.child)))
        return 0
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-tmx-import-"))
    folder.mkdir(parents=True, exist_ok=True)
    tmx = folder / f"bench-{args.units}.tmx"
    start = time.perf_counter()
    write_tmx(tmx, args.units)
    tmx_mb = tmx.stat().st_size / 1e6
    print(f"TMX: {args.units:,} units, {tmx_mb:.1f} MB, generated in {time.perf_counter() - start:.1f} s")
    env = dict(os.environ, WORKBENCH_HOME=str(folder / "home"))
    done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", str(tmx)],
                          capture_output=True, text=True, env=env, cwd=REPO)  # fmt: skip
    if done.returncode:
        print(done.stderr[-3000:], file=sys.stderr)
        return 1
    r = json.loads(done.stdout.strip().splitlines()[-1])
    growth = r["peak_mb"] - r["rss_before_mb"]
    print(f"import: {r['added']:,} units in {r['seconds']:.1f} s = {r['added'] / r['seconds']:,.0f} units/s")
    print(f"peak RSS {r['peak_mb']:.0f} MB (before the import {r['rss_before_mb']:.0f} MB: "
          f"+{growth:.0f} MB = {growth / tmx_mb:.2f}x the TMX's {tmx_mb:.1f} MB)")
    print(f"memory file {r['memory_bytes'] / 1e6:.1f} MB = {r['memory_bytes'] / 1e6 / tmx_mb:.2f}x the TMX")
    print(f"memory holds: {r['stats']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
