"""Benchmark: every QA kind over 15,000 generated paragraphs of 3-5 sentences, with numbers in
Arabic-Indic and Western digits, bold tags in a tenth of them and an English of about the same
shape. Three cases: no glossary; the old stress case (100 single-word terms whose English,
"termN", is never in the translation: every occurrence is an issue); and a realistic glossary
(300 two-word terms, "الحكومة المحلية" -> "local government", two to four in each paragraph,
their English present 95% of the time). Prints seconds, paragraphs per second, issues by kind,
the ratio of each case to the first and the share of the newer kinds; asserts nothing.
Goal (issue 17): under 10 s. The spelling kind reads en_US/en_GB when installed.

    .venv/bin/python bench/bench_qa.py [--paragraphs N] [--skip-stress]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.fixtures.tiny_text import ARABIC_WORDS, ENGLISH_LINES, generated_arabic_paragraph  # noqa: E402
from workbench.core.inline import Mark, close_tag, open_tag  # noqa: E402
from workbench.core.model import Kind, Paragraph, Status  # noqa: E402
from workbench.glossary.entries import GlossaryEntry  # noqa: E402
from workbench.qa import check_paragraphs  # noqa: E402
from workbench.qa.spelling import load_speller  # noqa: E402

AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
NOUNS = (
    "الحكومة:government الوزارة:ministry الشركة:company المدرسة:school الجامعة:university "
    "المستشفى:hospital السوق:market الطريق:road المكتبة:library المحكمة:court الميزانية:budget "
    "الخطة:plan اللجنة:committee المجلس:council المشروع:project البرنامج:programme المنطقة:region "
    "الشرطة:police الصحيفة:newspaper الدراسة:study الاتفاقية:agreement المؤسسة:institution "
    "الهيئة:authority السلطة:authority المصرف:bank الميناء:port المطار:airport المصنع:factory "
    "الجمعية:association البلدية:municipality"
).split()
ADJECTIVES = (
    "جديد:new كبير:large صغير:small محلي:local دولي:international عام:public خاص:private "
    "قديم:old مهم:important مركزي:central وطني:national"
).split()
NEW_KINDS = ("tags", "date-mismatch", "name-variant", "spelling")


def make(rng: random.Random, n: int) -> list[Paragraph]:
    out = []
    for i in range(n):
        arabic = generated_arabic_paragraph(rng)
        english = " ".join(rng.choice(ENGLISH_LINES) for _ in range(arabic.count(".") + arabic.count("؟") + 1))
        if rng.random() < 0.5:
            number = rng.randint(1, 20000)
            arabic += f" بلغ العدد {str(number).translate(AR_DIGITS)} في عام ٢٠٢٤."
            english += f" The number reached {number:,} in 2024."
        marks = ()
        if rng.random() < 0.1:  # the first word bold in both
            first = arabic.index(" ")
            marks = (Mark(1, "b", 0, first),)
            cut = english.index(" ")
            english = f"{open_tag(1)}{english[:cut]}{close_tag(1)}{english[cut:]}"
        out.append(Paragraph(i + 1, 1 + i // 1000, i, Kind.PARAGRAPH, arabic, english, Status.MACHINE, marks=marks))
    return out


def glossary_terms(rng: random.Random, count: int = 300) -> list[GlossaryEntry]:
    terms = []
    for noun in NOUNS:
        ar_noun, en_noun = noun.split(":")
        for adjective in ADJECTIVES:
            ar_adj, en_adj = adjective.split(":")
            ar_adj = "ال" + ar_adj + ("ة" if ar_noun.endswith("ة") else "")
            terms.append((f"{ar_noun} {ar_adj}", f"{en_adj} {en_noun}"))
    rng.shuffle(terms)
    return [GlossaryEntry(ar, en, id=i) for i, (ar, en) in enumerate(terms[:count], 1)]


def with_terms(rng: random.Random, paragraphs, entries, present: float = 0.95) -> list[Paragraph]:
    """Each paragraph gains two to four sentences naming a term; the English names it too,
    `present` of the time (otherwise it says "it": a term-missing issue)."""
    out = []
    for p in paragraphs:
        arabic, english = p.source, p.target
        for entry in rng.sample(entries, rng.randint(2, 4)):
            arabic += f" وناقش التقرير دور {entry.arabic} في المدينة."
            english += f" The report discussed the role of the {entry.english} in the city." if rng.random() < present \
                else " The report discussed its role in the city."
        out.append(replace(p, source=arabic, target=english))
    return out


def run(label: str, paragraphs, entries, base: float | None, kinds=None) -> float:
    start = time.perf_counter()
    issues = check_paragraphs(paragraphs, glossary_entries=entries, kinds=kinds)
    seconds = time.perf_counter() - start
    ratio = f", {seconds / base:.2f}x the first case" if base else ""
    print(f"{label}: {seconds:.2f} s, {len(paragraphs) / seconds:,.0f} paragraphs/s{ratio}, {len(issues)} issues")
    top = Counter(i.kind for i in issues).most_common(6)
    print("    " + ", ".join(f"{k} {n}" for k, n in top))
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--paragraphs", type=int, default=15_000)
    parser.add_argument("--skip-stress", action="store_true", help="leave out the 100 never-rendered terms")
    args = parser.parse_args()
    rng = random.Random(17)
    paragraphs = make(rng, args.paragraphs)
    words = sorted(set(ARABIC_WORDS))
    stress = [GlossaryEntry(w, f"term{i}", id=i) for i, w in enumerate(words[:100])]
    realistic = glossary_terms(rng)
    termed = with_terms(rng, paragraphs, realistic)
    chars = sum(len(p.source) for p in paragraphs)
    speller = load_speller()
    print(f"{len(paragraphs)} paragraphs, {chars / 1e6:.1f} M Arabic characters; "
          f"spelling dictionaries: {', '.join(speller.names) if speller else 'none'}")
    check_paragraphs(paragraphs[:20])  # imports, dictionary loading: not part of the figures
    base = run("without glossary", paragraphs, (), None)
    if not args.skip_stress:
        run(f"stress glossary ({len(stress)} terms never rendered)", paragraphs, stress, base)
    bare = run("  the realistic case's text, no glossary", termed, (), base)
    full = run(f"realistic glossary ({len(realistic)} terms, 95% rendered; text with their sentences)", termed, realistic, base)
    print(f"the glossary itself: {full / bare:.2f}x its text checked without it")
    newer = run("  the newer kinds alone (" + ", ".join(NEW_KINDS) + "), no glossary", paragraphs, (), base, set(NEW_KINDS))
    print(f"newer kinds: {newer / base:.0%} of the first case")


if __name__ == "__main__":
    main()
