"""Steering commands: `workbench mt alternatives|complete` (and `mt align`, when its module is
there), so every part of steerable translation can be scripted and tested.

PARAGRAPH is numbered from 1 as `workbench show` numbers it; sentences (`--sentence K`) are the
engine's split of the Arabic, from 1. The engine is chosen as `workbench translate` chooses it:
--engine, else the project's own, else the best installed model. The gloss engine has no model
to steer: one line on stderr, exit code 2. Nothing is written to the project.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

try:
    from workbench.cli.mt_align_cmd import add_align
except ImportError:
    add_align = None


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser("mt", help="steer machine translation: alternatives, completion")
    mt_sub = group.add_subparsers(dest="mt_command", metavar="ACTION", required=True)

    p = mt_sub.add_parser("alternatives", help="the n best translations of a paragraph's sentences")
    _common(p)
    p.add_argument("--sentence", type=int, default=None, metavar="K",
                   help="only sentence K of the Arabic (from 1; default: every sentence)")
    p.add_argument("-n", type=int, default=5, metavar="N", help="how many (default 5)")
    p.set_defaults(func=cmd_alternatives)

    p = mt_sub.add_parser("complete", help="the model's completion of an English sentence start")
    _common(p)
    p.add_argument("--prefix", required=True, metavar="TEXT",
                   help="the English typed so far (the paragraph up to the cursor)")
    p.add_argument("--beam", type=int, default=1, metavar="N", help="beam size (default 1: greedy)")
    p.set_defaults(func=cmd_complete)

    if add_align:
        add_align(mt_sub)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("project", type=Path)
    p.add_argument("paragraph", type=int, metavar="PARAGRAPH", help="paragraph number, from 1")
    p.add_argument("--engine", default=None, metavar="NAME",
                   help="engine or model NAME (default: the project's, else the best installed)")
    p.add_argument("--format", choices=("text", "json"), default="text")


def _load(args):
    """(paragraph, glossary snapshot, engine) for PARAGRAPH; the project is closed again."""
    from workbench.cli.project_cmds import _project_path
    from workbench.mt.steer import steerable
    from workbench.project import Project, pipeline

    with Project.open(_project_path(args.project), backup=False) as project:
        paragraph = project.paragraph_at(args.paragraph)
        glossary = project.glossary()
        name = pipeline.choose_engine(args.engine, pipeline.project_engine(project))
    engine = pipeline.EngineSpec(name).load()
    steerable(engine)  # the gloss engine is refused before any work
    return paragraph, glossary, engine


def _option(option) -> dict:
    return {"text": option.text, "keeps_glossary": option.keeps_terms,
            "missing_terms": list(option.missing)}


def cmd_alternatives(args) -> int:
    from workbench.mt.steer import sentence_options
    from workbench.mt.steer_sentences import arabic_spans, english_spans

    paragraph, glossary, engine = _load(args)
    source, english = paragraph.source, paragraph.target
    spans = arabic_spans(source)
    numbers = range(1, len(spans) + 1) if args.sentence is None else [args.sentence]
    if args.sentence is not None and not 1 <= args.sentence <= len(spans):
        print(f"workbench: error: no sentence {args.sentence}: paragraph {args.paragraph} has "
              f"{len(spans)} (numbered from 1)", file=sys.stderr)
        return 2
    targets = english_spans(english)
    records = []
    for k in numbers:
        arabic = source[slice(*spans[k - 1])]
        current = english[slice(*targets[k - 1])] if len(targets) == len(spans) else None
        options = sentence_options(engine, arabic, max(1, args.n), glossary=glossary)
        records.append({"sentence": k, "source": arabic, "current": current,
                        "alternatives": [_option(o) for o in options]})
    result = {"paragraph": args.paragraph, "id": paragraph.id, "engine": engine.name,
              "model": engine.model, "sentences": records}
    if args.format == "json":
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    for record in records:
        print(f"sentence {record['sentence']}: {record['source']}")
        for i, option in enumerate(record["alternatives"], start=1):
            flag = f"  [missing: {', '.join(option['missing_terms'])}]" if option["missing_terms"] else ""
            print(f"  {i}. {option['text']}{flag}")
    return 0


def cmd_complete(args) -> int:
    from workbench.mt.steer_paragraph import completion_at

    paragraph, glossary, engine = _load(args)
    place, done = completion_at(engine, paragraph.source, args.prefix, beam_size=max(1, args.beam),
                                glossary=glossary)
    result = {"paragraph": args.paragraph, "id": paragraph.id, "engine": engine.name,
              "model": engine.model, "sentence": place.source_index + 1, "source": place.source,
              "prefix": args.prefix, "completion": done.suffix, "text": args.prefix + done.suffix,
              "keeps_glossary": done.missing == (), "missing_terms": list(done.missing)}
    if args.format == "json":
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        flag = f"  [missing: {', '.join(done.missing)}]" if done.missing else ""
        print(f"{result['text']}{flag}")
    return 0
