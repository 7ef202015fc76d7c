"""`workbench models download FROM TO [--index URL]`: the one model command that uses the network.

The index URL is a setting: `--index`, else $WORKBENCH_MODEL_INDEX, else Argos' public index
(workbench.mt.model_index.DEFAULT_INDEX_URL). Ctrl+C keeps the partial download; running the
command again resumes it.
"""

from __future__ import annotations

import argparse


def register_download(models_sub: argparse._SubParsersAction) -> None:
    """Add `download` to the `models` subcommands."""
    p = models_sub.add_parser(
        "download",
        help="download and install a package from the Argos package index (needs the network)",
        description="Download the newest package for a language pair from the Argos package index, "
        "verify it and install it. The index URL comes from --index, else the environment "
        "variable WORKBENCH_MODEL_INDEX, else Argos' public index.",
    )
    p.add_argument("from_code", metavar="FROM", help="source language code, e.g. ar")
    p.add_argument("to_code", metavar="TO", help="target language code, e.g. en")
    p.add_argument("--index", metavar="URL", default=None, help="URL of the package index JSON")
    p.add_argument("--timeout", type=float, default=30, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_download)


def cmd_download(args) -> int:
    from workbench.cli.progress import ProgressBar
    from workbench.mt.download import download_and_install
    from workbench.mt.model_index import configured_index_url

    index = configured_index_url(args.index)
    print(f"fetching the package index {index}")
    bar = ProgressBar(f"downloading {args.from_code}->{args.to_code}")
    try:
        model = download_and_install(args.from_code, args.to_code, bar.context(), index, timeout=args.timeout)
    finally:
        bar.finish()
    print(f"installed {model.name} ({model.pair}, version {model.version}) in {model.path}")
    return 0
