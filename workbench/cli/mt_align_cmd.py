"""`workbench mt align`: sentence pairs and word links of a paragraph, or of any Arabic/English.

    workbench mt align PROJECT PARAGRAPH [--format json]
    workbench mt align --arabic TEXT --english TEXT [--format json]

PARAGRAPH is numbered from 1 as `workbench show` numbers it; the project's glossary takes part.
Links come from the lexicon (always) and from the model's attention when a model is installed
(the engine chosen as `workbench translate` chooses it, or --engine; --no-model: lexicon only;
the gloss engine has no model). JSON: {"sentences": [[s, t], ...], "links": [{"source": i,
"target": j, "weight": w, "origin": "lexicon"}, ...], "source_words", "target_words", "model"},
indices 0-based over whitespace-separated words and over sentences. Nothing is written.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def add_align(mt_sub: argparse._SubParsersAction) -> None:
    """Add the `align` action to the `mt` command group."""
    p = mt_sub.add_parser("align", help="which Arabic words each English word comes from")
    p.add_argument("project", type=Path, nargs="?", default=None)
    p.add_argument("paragraph", type=int, nargs="?", default=None, metavar="PARAGRAPH",
                   help="paragraph number, from 1 (see show)")  # fmt: skip
    p.add_argument("--arabic", default=None, metavar="TEXT", help="align this Arabic ...")
    p.add_argument("--english", default=None, metavar="TEXT", help="... with this English")
    p.add_argument("--engine", default=None, metavar="NAME",
                   help="model whose attention to add (default: the project's, else the best)")
    p.add_argument("--no-model", dest="use_model", action="store_false",
                   help="lexicon, numbers, glossary and names only")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_align)


def cmd_align(args) -> int:
    from workbench.mt.align import align

    texts = args.arabic is not None or args.english is not None
    if texts == (args.project is not None) or (texts and None in (args.arabic, args.english)):
        raise _usage("give PROJECT PARAGRAPH, or --arabic TEXT and --english TEXT")
    if not texts and args.paragraph is None:
        raise _usage("give the PARAGRAPH number after PROJECT")
    if texts:
        source, target, glossary, engine_name = args.arabic, args.english, None, args.engine
    else:
        source, target, glossary, engine_name = _paragraph(args)
    engine = _engine(engine_name, explicit=args.engine is not None) if args.use_model else None
    alignment = align(source, target, engine=engine, glossary=glossary)
    if args.format == "json":
        print(json.dumps(alignment.as_dict(), ensure_ascii=False, indent=2))
    else:
        print("\n".join(format_alignment(alignment)))
    return 0


def _usage(message: str):
    from workbench.core.errors import WorkbenchError

    return WorkbenchError(f"mt align: {message}")


def _paragraph(args):
    from workbench.cli.project_cmds import _project_path
    from workbench.project import Project, pipeline

    with Project.open(_project_path(args.project), backup=False) as project:
        paragraph = project.paragraph_at(args.paragraph)
        glossary = project.glossary()
        name = pipeline.choose_engine(args.engine, pipeline.project_engine(project))
    return paragraph.source, paragraph.target, glossary, name


def _engine(name: str | None, *, explicit: bool):
    """The engine whose attention to use, or None (no model installed: lexicon only). A model
    asked for by name must load; the default quietly falls back to the lexicon."""
    from workbench.core.errors import WorkbenchError
    from workbench.mt.align_model import supports_attention
    from workbench.mt.engines import get_engine

    try:
        engine = get_engine(name)
    except WorkbenchError:
        if explicit:
            raise
        return None
    return engine if supports_attention(engine) else None


def format_alignment(alignment) -> list[str]:
    """For a person: the sentence pairs, then each English word with its Arabic words."""
    pairs = ", ".join(f"{s + 1}-{t + 1}" for s, t in alignment.sentences) or "none"
    lines = [f"sentences (Arabic-English, from 1): {pairs}",
             f"links: lexicon{' + model ' + alignment.model if alignment.model else ' only'}"]  # fmt: skip
    for j, word in enumerate(alignment.target_words):
        links = sorted((link for link in alignment.links if link.target == j), key=lambda l: -l.weight)
        sources = ", ".join(
            f"{alignment.source_words[link.source]} ({link.origin} {link.weight:.2f})" for link in links
        )
        lines.append(f"{j:>3} {word:<20} {sources or '-'}")
    return lines
