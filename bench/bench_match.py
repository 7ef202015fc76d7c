"""Benchmark: match keys and the glossary matcher over a book-sized generated text.

500 terms (400 one-word, 100 of two or three words) over 15,000 paragraphs of about 60 words
built from 3,000 generated stems with clitics, Zipf-distributed like real text; one paragraph
in ten is fully vocalized. Prints figures; asserts nothing.

    .venv/bin/python bench/bench_match.py [--paragraphs N] [--terms N]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workbench.arabic.normalize import match_key, match_key_map, match_key_with_map  # noqa: E402
from workbench.arabic.term_matcher import Term, TermMatcher  # noqa: E402

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى"
HARAKAT = "\u064e\u064f\u0650\u0652\u0651"
PREFIXES = ["", "", "", "", "و", "ب", "ال", "ال", "وال", "بال", "لل", "ف", "ك", "ول"]
SUFFIXES = ["", "", "", "", "", "ه", "ها", "هم", "نا", "ي"]


def make_stems(rng: random.Random, n: int) -> list[str]:
    stems: set[str] = set()
    body = LETTERS[:-3]  # no ة ى inside a stem
    while len(stems) < n:
        length = rng.choice((3, 3, 4, 4, 5, 6))
        stem = "".join(rng.choice(body) for _ in range(length - 1)) + rng.choice(LETTERS)
        stems.add(stem)
    return sorted(stems)


def inflect(rng: random.Random, stem: str) -> str:
    prefix, suffix = rng.choice(PREFIXES), rng.choice(SUFFIXES)
    if suffix and "ال" in prefix:
        suffix = ""
    if suffix and stem.endswith("ة"):
        stem = stem[:-1] + "ت"
    return prefix + stem + suffix


def vocalize(rng: random.Random, text: str) -> str:
    return "".join(ch + rng.choice(HARAKAT) if ch in LETTERS and rng.random() < 0.7 else ch for ch in text)


def make_corpus(n_paragraphs: int, n_terms: int) -> tuple[list[Term], list[str]]:
    rng = random.Random(20240601)
    stems = make_stems(rng, 3000)
    weights = [1 / (rank + 1) for rank in range(len(stems))]
    terms = []
    for i in range(n_terms):
        if i % 5 == 4:
            words = ["ال" + rng.choice(stems) for _ in range(rng.choice((2, 3)))]
        else:
            words = [rng.choice(("", "ال")) + rng.choice(stems)]
        terms.append(Term(i, " ".join(words), f"term {i}"))
    paragraphs = []
    for p in range(n_paragraphs):
        words = [inflect(rng, s) for s in rng.choices(stems, weights, k=rng.randint(40, 80))]
        for _ in range(2):  # a couple of multi-word terms as they would be written
            term = terms[rng.randrange(4, n_terms, 5)]
            words.insert(rng.randrange(len(words)), term.arabic)
        text = " ".join(words) + "."
        paragraphs.append(vocalize(rng, text) if p % 10 == 0 else text)
    return terms, paragraphs


def timed(label: str, fn, paragraphs: list[str], chars: int) -> float:
    start = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - start
    print(
        f"{label:<34} {seconds * 1000:9.1f} ms  {len(paragraphs) / seconds:10,.0f} paragraphs/s"
        f"  {chars / seconds / 1e6:6.2f} M chars/s"
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--paragraphs", type=int, default=15_000)
    parser.add_argument("--terms", type=int, default=500)
    args = parser.parse_args()

    start = time.perf_counter()
    match_key("تهيئة")  # builds the tables once (camel-tools' normalize module imported)
    first_key = (time.perf_counter() - start) * 1000
    terms, paragraphs = make_corpus(args.paragraphs, args.terms)
    chars = sum(map(len, paragraphs))
    words = sum(len(p.split()) for p in paragraphs)
    print(f"{len(paragraphs):,} paragraphs, {words:,} words, {chars:,} characters, {len(terms)} terms")
    print(f"{'first key (tables built)':<34} {first_key:9.1f} ms")
    timed("match_key", lambda: [match_key(p) for p in paragraphs], paragraphs, chars)
    timed("match_key_with_map", lambda: [len(match_key_with_map(p)[1]) for p in paragraphs], paragraphs, chars)
    timed("match_key_map + one span", lambda: [match_key_map(p).span(3, 9) for p in paragraphs], paragraphs,
          chars)

    start = time.perf_counter()
    matcher = TermMatcher(terms)
    print(f"{'TermMatcher build (500 terms)':<34} {(time.perf_counter() - start) * 1000:9.1f} ms")
    hits = timed("find, cold memo", lambda: [matcher.find(p) for p in paragraphs], paragraphs, chars)
    timed("find, warm memo", lambda: [matcher.find(p) for p in paragraphs], paragraphs, chars)
    found = sum(map(len, hits))
    multi = sum(1 for hs in hits for h in hs if " " in h.matched_text)
    print(f"hits: {found:,} ({multi:,} multi-word), {found / len(paragraphs):.1f} per paragraph")
    query = match_key(paragraphs[123].split()[5])
    timed("search one word (key + substring)", lambda: [query in match_key(p) for p in paragraphs],
          paragraphs, chars)


if __name__ == "__main__":
    main()
