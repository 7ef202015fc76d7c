"""`workbench analyze TEXT`: the morphological analyses of each Arabic word, best first."""

from __future__ import annotations

import argparse
import json
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "analyze",
        help="show the analyses (lemma, part of speech, English gloss) of each Arabic word",
        description="Morphological analysis of each Arabic word of TEXT, most likely reading first.",
    )
    p.add_argument("text", nargs="+", metavar="TEXT", help="Arabic text ('-' reads standard input)")
    p.add_argument("--format", dest="fmt", choices=("text", "json"), default="text")
    p.add_argument("--top", type=int, default=0, metavar="N", help="show at most N analyses per word")
    p.set_defaults(func=cmd_analyze)


def arabic_words(text: str) -> list[str]:
    from workbench.arabic.chars import has_arabic_letter
    from workbench.arabic.morphology.analyzer import tokenize

    return [t for t in tokenize(text) if has_arabic_letter(t)]


def cmd_analyze(args) -> int:
    from workbench.arabic.morphology.analyzer import default_analyzer

    text = sys.stdin.read() if args.text == ["-"] else " ".join(args.text)
    analyzer = default_analyzer()
    results = []
    for word in arabic_words(text):
        found = analyzer.analyze(word)
        results.append((word, found[: args.top] if args.top > 0 else found))
    info = analyzer.database_info()
    if args.fmt == "json":
        payload = [{"word": w, "analyses": [a.to_dict() for a in found]} for w, found in results]
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(f"# database: {info.name} ({info.source}), loaded in {info.load_seconds:.2f} s")
    for word, found in results:
        print(word)
        if not found:
            print("    (no analysis)")
        for rank, a in enumerate(found, start=1):
            print(f"  {rank:2}. {a.diac}  lemma {a.lemma}  {a.pos}  {a.gloss}")
            print(f"      segments {a.segmentation}  bw {a.bw}")
    return 0
