"""Benchmark: the translation memory's build time, file size and look-up time.

Memories of generated Arabic-like units (sentences of 8-30 words drawn Zipf-wise from 20,000
generated stems plus common function words, with clitics, letter variants, some diacritics and
numbers). Per size: build time, file size, and per look-up the median and p95 over 200 queries
of each kind: exact (a stored sentence in another spelling), fuzzy (a stored sentence with
two or three words changed), no match (a new sentence). Prints figures; asserts nothing.

    .venv/bin/python bench/bench_memory.py [--sizes 100000 1000000] [--dir DIR]

TMX import throughput (a generated TMX through project.memory.import_tmx): bench_tmx_import.py.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workbench.memory.store import MemoryStore  # noqa: E402
from workbench.memory.units import Unit  # noqa: E402

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإ"
FUNCTION = ["في", "من", "على", "إلى", "أن", "عن", "مع", "هذا", "التي", "الذي", "قد", "كما", "بين", "بعد"]
PREFIXES = ["", "", "", "", "", "و", "ب", "ال", "ال", "ال", "وال", "بال", "لل", "ف"]
SUFFIXES = ["", "", "", "", "", "", "ه", "ها", "هم", "نا"]
VARIANTS = str.maketrans({"أ": "ا", "إ": "ا", "ة": "ه", "ى": "ي"})


def make_stems(rng: random.Random, n: int) -> list[str]:
    stems: set[str] = set()
    while len(stems) < n:
        stem = "".join(rng.choice(LETTERS) for _ in range(rng.choice((3, 4, 4, 5, 6))))
        stems.add(stem + rng.choice(("", "", "", "ة", "ى")))
    return sorted(stems)


class Generator:
    def __init__(self, seed: int = 13, stems: int = 20_000):
        self.rng = random.Random(seed)
        self.stems = make_stems(self.rng, stems)
        total, self.cum = 0.0, []
        for rank in range(len(self.stems)):
            total += 1 / (rank + 1) ** 0.9
            self.cum.append(total)

    def word(self) -> str:
        rng = self.rng
        if rng.random() < 0.25:
            return rng.choice(FUNCTION)
        if rng.random() < 0.04:
            return str(rng.randint(1, 2030))
        stem = rng.choices(self.stems, cum_weights=self.cum)[0]
        return rng.choice(PREFIXES) + stem + rng.choice(SUFFIXES)

    def sentence(self) -> str:
        return " ".join(self.word() for _ in range(self.rng.randint(8, 30)))

    def variant(self, text: str) -> str:
        """The same words spelled otherwise: folded letters, a diacritic or tatweel here and there."""
        out = text.translate(VARIANTS)
        return out.replace("ب", "بَ", 2).replace("ل", "لـ", 1)

    def fuzzy(self, text: str) -> str:
        words = text.split()
        for _ in range(self.rng.choice((2, 3))):
            words[self.rng.randrange(len(words))] = self.word()
        return " ".join(words)


TU = ('<tu tuid="{i}" creationdate="20261207T090000Z" changedate="20261207T090000Z" creationid="bench">'
      '<tuv xml:lang="ar"><seg>{s}</seg></tuv><tuv xml:lang="en"><seg>{t}</seg></tuv></tu>\n')


def build(path: Path, size: int, gen: Generator, batch: int = 20_000) -> tuple[float, list[str], int]:
    """Build time, sentences kept for queries, and the size of the same units as TMX 1.4."""
    kept: list[str] = []
    tmx = 300  # header and body tags
    start = time.perf_counter()
    with MemoryStore.open(path) as tm:
        for first in range(0, size, batch):
            units = []
            for i in range(first, min(size, first + batch)):
                source = gen.sentence()
                tmx += len(TU.format(i=i, s=source, t=f"English sentence {i}").encode())
                if len(kept) < 400 and gen.rng.random() < 0.01:
                    kept.append(source)
                units.append(Unit(source, f"English sentence {i}", project="bench", key=str(i),
                                  origin="tmx" if i % 3 else "person"))  # fmt: skip
            tm.add(units)
    seconds = time.perf_counter() - start
    return seconds, kept, tmx


def timed(tm: MemoryStore, queries: list[str]) -> tuple[float, float, float]:
    times, found = [], 0
    for q in queries:
        start = time.perf_counter()
        found += bool(tm.lookup(q))
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95)], found / len(queries)


def run(size: int, folder: Path) -> float:
    gen = Generator()
    path = folder / f"bench-{size}.wbtm"
    seconds, kept, tmx = build(path, size, gen)
    file = path.stat().st_size
    print(f"{size:>9,} units: built in {seconds:6.1f} s ({size / seconds:,.0f} units/s), "
          f"file {file / 1e6:7.1f} MB ({file / size:.0f} B/unit, {file / tmx:.2f}x the TMX)")  # fmt: skip
    kinds = {
        "exact": [gen.variant(s) for s in kept[:200]],
        "fuzzy": [gen.fuzzy(s) for s in kept[:200]],
        "no match": [gen.sentence() for _ in range(200)],
    }
    overall = []
    with MemoryStore.open(path) as tm:
        for name, queries in kinds.items():
            median, p95, hit = timed(tm, queries)
            overall.append(median)
            print(f"    {name:<9} median {median:6.1f} ms  p95 {p95:6.1f} ms  found {hit:4.0%}")
    path.unlink()
    return max(overall)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp(prefix="bench-memory-"))
    medians = {size: run(size, folder) for size in args.sizes}
    if len(medians) > 1:
        small, big = min(medians), max(medians)
        print(f"slowest median, {big:,} / {small:,}: {medians[big] / medians[small]:.1f}x")


if __name__ == "__main__":
    main()
