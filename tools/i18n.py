"""Update, compile and check the user-interface translations.

    python tools/i18n.py update    # pyside6-lupdate: workbench/ui/**/*.py -> translations/*.ts
    python tools/i18n.py compile   # pyside6-lrelease: translations/*.ts -> workbench/resources/i18n/*.qm
    python tools/i18n.py check     # unfinished translations and placeholder mismatches (exit 1)

English is the source language. translations/workbench_en.ts holds only the plural forms
("%n paragraph(s)"), which need an English "translation" too; workbench_ar.ts holds everything.
The lupdate/lrelease binaries ship inside PySide6-Essentials (PySide6/lupdate, PySide6/lrelease).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "workbench" / "ui"
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "workbench" / "resources" / "i18n"
LANGUAGES = {"ar": [], "en": ["-pluralonly"]}

# %1..%99 and %L1 (QString::arg), %n (plurals), %v/%m/%p (QProgressBar format),
# {name} / {0} / {} (str.format); "{{" is literal.
PLACEHOLDER = re.compile(r"%L?\d{1,2}|%[nvmp]|(?<!\{)\{[^{}]*\}(?!\})")


def find_tool(name: str) -> str:
    """Path of lupdate/lrelease: the binary inside PySide6, else pyside6-<name> on PATH."""
    try:
        import PySide6

        suffix = ".exe" if sys.platform == "win32" else ""
        candidate = Path(PySide6.__file__).parent / f"{name}{suffix}"
        if candidate.is_file():
            return str(candidate)
    except ImportError:
        pass
    for command in (f"pyside6-{name}", name):
        found = shutil.which(command)
        if found:
            return found
    raise SystemExit(f"{name} not found: install PySide6-Essentials (it ships lupdate/lrelease)")


def ts_files() -> list[Path]:
    return sorted(TS_DIR.glob("workbench_*.ts"))


def source_files() -> list[Path]:
    return sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def update() -> None:
    TS_DIR.mkdir(exist_ok=True)
    sources = [str(p.relative_to(ROOT)) for p in source_files()]
    for lang, extra in LANGUAGES.items():
        ts = TS_DIR / f"workbench_{lang}.ts"
        command = [find_tool("lupdate"), *extra, "-no-obsolete", "-locations", "relative",
                   "-source-language", "en", "-target-language", lang, *sources, "-ts", str(ts)]
        subprocess.run(command, check=True, cwd=ROOT)


def compile_ts(ts: Path, qm: Path) -> subprocess.CompletedProcess[str]:
    command = [find_tool("lrelease"), "-nounfinished", str(ts), "-qm", str(qm)]
    return subprocess.run(command, capture_output=True, text=True)


def compile_all() -> None:
    QM_DIR.mkdir(parents=True, exist_ok=True)
    for ts in ts_files():
        result = compile_ts(ts, QM_DIR / ts.with_suffix(".qm").name)
        sys.stdout.write(result.stdout)
        if result.returncode != 0:
            raise SystemExit(f"lrelease failed for {ts.name}:\n{result.stderr}")


def placeholders(text: str | None) -> set[str]:
    return set(PLACEHOLDER.findall(text or ""))


def problems(ts: Path) -> list[str]:
    """Unfinished or empty translations and placeholder mismatches in one .ts file."""
    found: list[str] = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = f"{ts.name} [{name}] {source!r}"
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                found.append(f"{where}: unfinished")
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            for text in forms or [translation.text or ""]:
                expected = placeholders(source)
                if forms:  # Arabic singular/dual forms may spell the number out instead of %n
                    expected.discard("%n")
                    text_set = placeholders(text) - {"%n"}
                else:
                    text_set = placeholders(text)
                if not text.strip():
                    found.append(f"{where}: empty translation")
                elif text_set != expected:
                    found.append(f"{where}: placeholders {sorted(text_set)} != {sorted(expected)}")
    return found


def check() -> int:
    found = [problem for ts in ts_files() for problem in problems(ts)]
    print("\n".join(found) or f"{len(ts_files())} translation files complete")
    return 1 if found else 0


def main(argv: list[str]) -> int:
    actions = {"update": update, "compile": compile_all, "check": check}
    if len(argv) != 1 or argv[0] not in actions:
        print(__doc__)
        return 2
    return actions[argv[0]]() or 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
