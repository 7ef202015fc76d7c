"""Model commands: `workbench models list | install FILE_OR_FOLDER | remove NAME`. No network."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    models = sub.add_parser("models", help="list, install or remove translation models")
    models.set_defaults(func=lambda args: _usage(models))
    msub = models.add_subparsers(dest="models_command", metavar="ACTION")

    p = msub.add_parser("list", help="installed models: NAME, pair, kind, version, size")
    p.set_defaults(func=cmd_list)

    p = msub.add_parser("install", help="install an Argos .argosmodel file or unpacked folder")
    p.add_argument("source", type=Path, metavar="FILE_OR_FOLDER")
    p.set_defaults(func=cmd_install)

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
        print(f"{m.name}\t{m.pair}\t{m.kind}\t{m.version}\t{format_size(m.size_bytes)}")
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
