"""Model commands: `workbench models list | install FILE_OR_FOLDER | import-marian FOLDER |
remove NAME | default NAME -p PROJECT` (and download, models_download_cmd). Only download uses
the network."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    models = sub.add_parser("models", help="list, install or remove translation models")
    models.set_defaults(func=lambda args: _usage(models))
    msub = models.add_subparsers(dest="models_command", metavar="ACTION")

    p = msub.add_parser("list", help="installed models: NAME, pair, kind, version, size[, public quality figure]")
    p.set_defaults(func=cmd_list)

    p = msub.add_parser("install", help="install an Argos .argosmodel file or unpacked folder")
    p.add_argument("source", type=Path, metavar="FILE_OR_FOLDER")
    p.set_defaults(func=cmd_install)

    p = msub.add_parser(
        "import-marian", help="convert a Hugging Face Marian (OPUS-MT) model folder and install it"
    )
    p.add_argument("folder", type=Path, metavar="FOLDER")
    p.add_argument("--from", dest="from_code", default=None, help="source language code (e.g. ar)")
    p.add_argument("--to", dest="to_code", default=None, help="target language code (e.g. en)")
    p.add_argument("--name", default=None, help="installed model name (default: from the folder)")
    p.set_defaults(func=cmd_import_marian)

    p = msub.add_parser("default", help="the engine a project translates with when none is given")
    p.add_argument("name", help="engine: a NAME from 'models list', argos[:NAME], marian[:NAME] "
                                "or gloss; '-' clears")
    p.add_argument("-p", "--project", type=Path, required=True)
    p.set_defaults(func=cmd_default)

    p = msub.add_parser("remove", help="remove an installed model by NAME")
    p.add_argument("name")
    p.set_defaults(func=cmd_remove)

    from workbench.cli.models_download_cmd import register_download

    register_download(msub)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def format_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB"):
        if value < 1024:
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"


def cmd_list(args) -> int:
    from workbench.mt.argos_packages import list_models

    models = list_models()
    if not models:
        print("no models installed (install one with: workbench models install FILE.argosmodel)")
        return 0
    for m in models:
        row = f"{m.name}\t{m.pair}\t{m.kind}\t{m.version}\t{format_size(m.size_bytes)}"
        label = m.quality_label
        print(f"{row}\t{label}" if label else row)
    return 0


def cmd_install(args) -> int:
    from workbench.mt.argos_packages import install_package

    model = install_package(args.source)
    print(f"installed {model.name} ({model.pair}, version {model.version}) in {model.path}")
    return 0


def cmd_remove(args) -> int:
    from workbench.mt.argos_packages import remove_model

    remove_model(args.name)
    print(f"removed {args.name}")
    return 0


def cmd_import_marian(args) -> int:
    from workbench.mt.marian_import import import_marian

    print(f"converting {args.folder} (int8)...")
    model = import_marian(args.folder, from_code=args.from_code, to_code=args.to_code, name=args.name)
    print(f"installed {model.name} ({model.pair}, marian, version {model.version}) in {model.path}")
    print(f"use it with: workbench translate PROJECT --engine {model.name}")
    return 0


def cmd_default(args) -> int:
    from workbench.cli.project_cmds import ENGINE_SETTING, _project_path
    from workbench.project import Project
    from workbench.mt.engines import get_engine

    if args.name != "-":
        get_engine(args.name)  # refuses unknown names and missing models; loads nothing
    with Project.open(_project_path(args.project)) as project:
        project.set_setting(ENGINE_SETTING, "" if args.name == "-" else args.name)
    shown = "the best installed model" if args.name == "-" else args.name
    print(f"{args.project}: translates with {shown} by default")
    return 0
