"""Benchmark: every QA kind (terminology included, with a 100-term glossary) over 15,000
generated paragraphs of 3-5 sentences, with numbers in Arabic-Indic and Western digits and an
English of about the same shape. Prints seconds and paragraphs per second; asserts nothing.
Goal (issue 17): under 10 s.

    .venv/bin/python bench/bench_qa.py [--paragraphs N]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.fixtures.tiny_text import ARABIC_WORDS, ENGLISH_LINES, generated_arabic_paragraph  # noqa: E402
from workbench.core.model import Kind, Paragraph, Status  # noqa: E402
from workbench.glossary.entries import GlossaryEntry  # noqa: E402
from workbench.qa import check_paragraphs  # noqa: E402

AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def make(rng: random.Random, n: int) -> list[Paragraph]:
    out = []
    for i in range(n):
        arabic = generated_arabic_paragraph(rng)
        english = " ".join(rng.choice(ENGLISH_LINES) for _ in range(arabic.count(".") + arabic.count("؟") + 1))
        if rng.random() < 0.5:
            number = rng.randint(1, 20000)
            arabic += f" بلغ العدد {str(number).translate(AR_DIGITS)} في عام ٢٠٢٤."
            english += f" The number reached {number:,} in 2024."
        out.append(Paragraph(i + 1, 1 + i // 1000, i, Kind.PARAGRAPH, arabic, english, Status.MACHINE))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--paragraphs", type=int, default=15_000)
    args = parser.parse_args()
    rng = random.Random(17)
    paragraphs = make(rng, args.paragraphs)
    words = sorted(set(ARABIC_WORDS))
    glossary = [GlossaryEntry(w, f"term{i}", id=i) for i, w in enumerate(words[:100])]
    chars = sum(len(p.source) for p in paragraphs)
    print(f"{len(paragraphs)} paragraphs, {chars / 1e6:.1f} M Arabic characters, {len(glossary)} terms")
    for label, entries in (("without glossary", ()), ("with glossary", glossary)):
        start = time.perf_counter()
        issues = check_paragraphs(paragraphs, glossary_entries=entries)
        seconds = time.perf_counter() - start
        print(f"{label}: {seconds:.2f} s, {len(paragraphs) / seconds:,.0f} paragraphs/s, {len(issues)} issues")


if __name__ == "__main__":
    main()
