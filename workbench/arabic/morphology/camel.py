"""Importing CAMeL Tools' morphology offline, and finding its own `calima-msa-r13` database.

`camel_tools.data` loads its catalogue when imported (every morphology module imports it) and
*downloads* the catalogue from GitHub when CAMELTOOLS_DATA holds no `catalogue.json`: offline
that import fails, online it is a network access we never allow at start-up. When the catalogue is
missing we import it once against a stub catalogue in our cache folder (CAMELTOOLS_DATA is set
for the duration of that import only), so the user's data folder is never written to: a stub
catalogue there would break a later `camel_data -i calima-msa-r13`. If the catalogue is missing
no CAMeL database can be installed anyway, so nothing is lost.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from pathlib import Path

from workbench import paths

CALIMA = "calima-msa-r13"

# Identical to camel_tools.morphology.analyzer.DEFAULT_NORMALIZE_MAP: database keys are written in
# this spelling and the analyzer is constructed with it, so both sides agree by construction.
NORMALIZE_MAP = {
    "\u0625": "\u0627",
    "\u0623": "\u0627",
    "\u0622": "\u0627",
    "\u0671": "\u0627",
    "\u0649": "\u064a",
    "\u0629": "\u0647",
    "\u0640": "",
}

_STUB_CATALOGUE = {
    "version": "stub",
    "packages": {},
    "components": {"MorphologyDB": {"default": CALIMA, "datasets": {}}},
}
_import_lock = threading.Lock()


def camel_data_dir() -> Path:
    """CAMeL Tools' data folder, by the same rule as camel_tools.data.catalogue."""
    value = os.environ.get("CAMELTOOLS_DATA")
    if value:
        return Path(value).expanduser().absolute()
    if sys.platform == "win32":
        return Path.home() / "AppData/Roaming/camel_tools"
    return Path.home() / ".camel_tools"


def calima_db_path() -> Path | None:
    """The installed calima-msa-r13 morphology.db, or None. Reads the catalogue JSON directly so
    that asking never imports camel_tools."""
    try:
        base = camel_data_dir()
        catalogue = json.loads((base / "catalogue.json").read_text(encoding="utf-8"))
        rel = catalogue["components"]["MorphologyDB"]["datasets"][CALIMA]["path"]
        path = base / "data" / rel / "morphology.db"
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return path if path.is_file() else None


def _write_stub(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "catalogue.json"
    tmp = target.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(_STUB_CATALOGUE), encoding="utf-8")
    os.replace(tmp, target)


def import_morphology():
    """Return (MorphologyDB, Analyzer) from camel_tools without any network access."""
    with _import_lock:
        if "camel_tools.data" not in sys.modules and not (camel_data_dir() / "catalogue.json").is_file():
            stub = paths.cache_dir() / "morphology" / "camel-stub"
            _write_stub(stub)
            saved = os.environ.get("CAMELTOOLS_DATA")
            os.environ["CAMELTOOLS_DATA"] = str(stub)
            try:
                import camel_tools.data  # noqa: F401  (loads the stub catalogue, once per process)
            finally:
                if saved is None:
                    os.environ.pop("CAMELTOOLS_DATA", None)
                else:
                    os.environ["CAMELTOOLS_DATA"] = saved
        from camel_tools.morphology.analyzer import Analyzer
        from camel_tools.morphology.database import MorphologyDB
    return MorphologyDB, Analyzer
