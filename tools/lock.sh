#!/bin/sh
# `make lock`: refresh requirements/lock.txt on purpose, and only here.
#
# Resolves the project (with its test and bundle extras) afresh in a throw-away venv, CPU torch
# first, and freezes the result: the lock is an environment that was really installed, not a
# guess. `make install` (and so `make run`, `make test`, CI) installs with `-c` on this file and
# `make bundle` takes the bundle's pins from it, so no registry release changes a version until
# someone runs this and commits the new lock. The lock is for the platform and Python it was made
# on (Linux x86_64, CPython 3.11, like CI).
# Environment: PYTHON (default python3), TORCH (default torch==2.13.0, the CPU build on this disk).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-python3}
torch=${TORCH:-torch==2.13.0}
lock="$root/requirements/lock.txt"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== resolving in $work/venv"
"$python" -m venv "$work/venv"
pip="$work/venv/bin/python -m pip"
$pip install -q --upgrade pip setuptools
$pip install -q "$torch"
$pip install -q "$root[test,bundle]"
$pip check >/dev/null || { $pip check; exit 1; }

{
    echo "# The whole environment of make install / make run / make test / make bundle, pinned."
    echo "# Made by 'make lock' (tools/lock.sh) on $(date -u +%Y-%m-%d) with $("$work/venv/bin/python" -V) on $(uname -sm);"
    echo "# edit pyproject.toml, then run 'make lock' and commit both: nothing else changes a version."
    $pip freeze --all --exclude arabic-workbench | LC_ALL=C sort -f
} >"$lock.tmp"
mv "$lock.tmp" "$lock"
echo "== wrote $lock ($(grep -c '==' "$lock") pins)"
