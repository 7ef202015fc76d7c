"""Import a Hugging Face Marian (OPUS-MT) model folder into the model store, converted to int8.

`import_marian(folder)` checks the folder first (config.json says model_type "marian"; weights,
source.spm, target.spm and vocab.json are present; both SentencePiece models load; the language
pair is known), then converts it with CTranslate2's TransformersConverter inside a hidden
`.tmp-*` folder of the models folder, copies the two SentencePiece models beside the converted
`model/`, writes metadata.json (kind "marian") and renames the result into place through
argos_packages' install path - so a refusal or a failed conversion leaves nothing behind.
Runs on the caller's thread (the CLI, or the UI's io lane); conversion takes seconds to a
minute and is not interruptible, `ctx` is checked before and after it. No network: the
converter reads only the local folder (HF_HUB_OFFLINE is set by paths.configure_environment).
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import shutil
import warnings
from collections.abc import Iterator
from pathlib import Path

from workbench.core.errors import InvalidModelPackage
from workbench.core.jobs import JobContext
from workbench.mt import argos_packages, package_check

WEIGHTS = ("model.safetensors", "pytorch_model.bin")
REQUIRED = ("source.spm", "target.spm", "vocab.json")
_PAIR_RE = re.compile(r"opus-mt-(?:tc-big-|tc-base-)?([a-z]{2,3})-([a-z]{2,3})(?:$|[^a-z])")
_CODE_RE = re.compile(r"^[a-z]{2,3}$")


def import_marian(
    folder: Path,
    ctx: JobContext | None = None,
    *,
    from_code: str | None = None,
    to_code: str | None = None,
    name: str | None = None,
    quantization: str = "int8",
) -> argos_packages.InstalledModel:
    """Convert and install a Marian model folder; return the installed model.

    Raises InvalidModelPackage (nothing written) with the reason when the folder is refused or
    the conversion fails; Cancelled if `ctx` is cancelled (nothing written either).
    """
    folder = Path(folder)
    ctx = ctx or JobContext()
    config = check_marian_folder(folder)
    source, target = _pair(folder, config, from_code, to_code)
    name = name or _default_name(folder, source, target)
    if not package_check.NAME_RE.match(name):
        raise InvalidModelPackage(folder, f"model name {name!r} is not a safe name")
    version = str(config.get("version") or "1")
    meta = {
        "type": "translate",
        "kind": "marian",
        "code": name,
        "from_code": source,
        "to_code": target,
        "package_version": version,
        "converted_from": folder.name,
        "quantization": quantization,
    }

    def fill(dest: Path) -> None:
        ctx.check()
        ctx.progress(0, 1)
        _convert(folder, dest / "model", quantization)
        ctx.check()
        for spm in ("source.spm", "target.spm"):
            shutil.copyfile(folder / spm, dest / spm)
        (dest / "metadata.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
        ctx.progress(1, 1)

    return argos_packages.install_filled(folder, meta, fill)


def check_marian_folder(folder: Path) -> dict:
    """The folder's config.json as a dict, if the folder holds a usable Marian model."""
    if not folder.is_dir():
        raise InvalidModelPackage(folder, "not a folder (give the Hugging Face model folder)")
    try:
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InvalidModelPackage(folder, "config.json is missing: not a Hugging Face model folder") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidModelPackage(folder, f"config.json cannot be read ({exc})") from None
    if not isinstance(config, dict) or config.get("model_type") != "marian":
        kind = config.get("model_type") if isinstance(config, dict) else None
        raise InvalidModelPackage(folder, f"not a Marian model (config.json model_type is {kind!r})")
    if not any((folder / w).is_file() for w in WEIGHTS):
        raise InvalidModelPackage(folder, f"the weights are missing ({' or '.join(WEIGHTS)})")
    for item in REQUIRED:
        if not (folder / item).is_file():
            raise InvalidModelPackage(folder, f"{item} is missing")
    import sentencepiece

    for spm in ("source.spm", "target.spm"):
        try:
            sentencepiece.SentencePieceProcessor(model_file=str(folder / spm))
        except (RuntimeError, OSError) as exc:
            raise InvalidModelPackage(folder, f"{spm} is not a SentencePiece model ({exc})") from None
    return config


def _pair(folder: Path, config: dict, from_code: str | None, to_code: str | None) -> tuple[str, str]:
    """Language codes: the arguments, else tokenizer_config.json, else the folder name."""
    source, target = from_code, to_code
    try:
        tok = json.loads((folder / "tokenizer_config.json").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        tok = {}
    if isinstance(tok, dict):
        source = source or tok.get("source_lang")
        target = target or tok.get("target_lang")
    match = _PAIR_RE.search(folder.name.lower())
    if match:
        source, target = source or match.group(1), target or match.group(2)
    for code in (source, target):
        if not isinstance(code, str) or not _CODE_RE.match(code):
            raise InvalidModelPackage(
                folder, "cannot tell the language pair: give it with --from and --to"
            )
    return source, target


def _default_name(folder: Path, source: str, target: str) -> str:
    if package_check.NAME_RE.match(folder.name) and folder.name.lower().startswith("opus-mt"):
        return folder.name.lower()
    return f"opus-mt-{source}-{target}"


def _convert(folder: Path, out: Path, quantization: str) -> None:
    from workbench import paths

    paths.configure_environment()  # HF_HUB_OFFLINE before transformers loads: never a hub call
    import importlib.util

    missing = [m for m in ("torch", "transformers") if importlib.util.find_spec(m) is None]
    if missing:  # the standalone application leaves them out on purpose (it is 2 GB smaller)
        raise InvalidModelPackage(folder, "converting a Marian model needs " + " and ".join(missing)
                                  + ": use the pip installation to convert it once, then install"
                                  " the converted folder here with 'workbench models install'")
    import ctranslate2

    try:
        with _quiet_libraries():
            converter = ctranslate2.converters.TransformersConverter(str(folder))
            converter.convert(str(out), quantization=quantization)
    except Exception as exc:  # noqa: BLE001 - the converter raises anything from torch/transformers
        raise InvalidModelPackage(folder, f"conversion failed ({type(exc).__name__}: {exc})") from None


@contextlib.contextmanager
def _quiet_libraries() -> Iterator[None]:
    """Keep the converter's libraries out of our output for this one call: transformers'
    "Loading weights" bar, huggingface_hub's bars, their log records and Python warnings
    (stderr), and the converter's own progress prints (stdout). Our caller reports progress
    itself, and a script reading `workbench models import-marian` must see only our lines.
    Every switch is put back as it was, so the rest of the process is left as it found it."""
    import huggingface_hub.utils as hub
    from transformers.utils import logging as hf_logging

    bars_on = hf_logging.is_progress_bar_enabled()
    hub_bars_on = not hub.are_progress_bars_disabled()
    verbosity = hf_logging.get_verbosity()
    hf_logging.disable_progress_bar()  # also huggingface_hub's
    hf_logging.set_verbosity_error()
    try:
        with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
            warnings.simplefilter("ignore")
            yield
    finally:
        hf_logging.set_verbosity(verbosity)
        if bars_on:
            hf_logging.enable_progress_bar()  # turns huggingface_hub's back on too...
        if not hub_bars_on:
            hub.disable_progress_bars()
        elif not bars_on:
            hub.enable_progress_bars()  # ...which is off since disable_progress_bar above
