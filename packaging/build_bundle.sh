#!/bin/sh
# Build the one-folder application dist/workbench/ with PyInstaller (packaging/workbench.spec).
#
#   packaging/build_bundle.sh            (what `make bundle` runs)
#
# The build uses its own venv, build/pyi-venv, holding exactly the packages named in
# packaging/bundle-requirements.txt at the versions of requirements/lock.txt (the lock the tests
# run with), installed with --no-deps: never the project's .venv, which carries torch and 2 GB of
# other things the app does not import. The venv is rebuilt when either file changes.
# Environment: PYTHON (default python3, must be 3.11+ built with a shared libpython).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
python=${PYTHON:-python3}
venv=build/pyi-venv
reqs=packaging/bundle-requirements.txt
lock=requirements/lock.txt
stamp=$venv/.requirements

if [ ! -x "$venv/bin/python" ] || ! cat "$reqs" "$lock" | cmp -s - "$stamp"; then
    echo "== build venv: $venv"
    rm -rf "$venv"
    "$python" -m venv "$venv"
    "$venv/bin/python" -m pip install -q -c "$lock" pip
    "$venv/bin/python" -m pip install -q --no-deps -c "$lock" --build-constraint "$lock" -r "$reqs"
    "$venv/bin/python" -m pip check >/dev/null 2>&1 || true  # argostranslate/camel-tools "miss" torch by design
    cat "$reqs" "$lock" >"$stamp"
fi

echo "== pyinstaller packaging/workbench.spec"
rm -rf dist/workbench
"$venv/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/workbench.spec

# Debug sections only: ctranslate2's _ext module alone carries 66 MB of DWARF. Symbol tables stay
# (a full strip can break libraries that auditwheel patched), so crash traces keep their names.
if command -v strip >/dev/null 2>&1 && command -v readelf >/dev/null 2>&1; then
    find dist/workbench/_internal -type f -name '*.so*' | while read -r lib; do
        if readelf -S "$lib" 2>/dev/null | grep -q '\.debug_info'; then
            strip --strip-debug "$lib"
        fi
    done
fi

# Desktop integration travels with the bundle: dist/workbench/linux/install-desktop.sh finds the
# executable and the icons relative to itself.
mkdir -p dist/workbench/linux
cp packaging/linux/*.desktop packaging/linux/*.xml packaging/linux/install-desktop.sh dist/workbench/linux/
cp LICENSE dist/workbench/
[ -f packaging/README.md ] && cp packaging/README.md dist/workbench/README.md

if find dist/workbench -type d \( -name torch -o -name transformers -o -name stanza \) | grep -q .; then
    echo "error: torch, transformers or stanza found in dist/workbench" >&2
    exit 1
fi
echo "== dist/workbench: $(du -sh dist/workbench | cut -f1) ($(du -sh --apparent-size dist/workbench | cut -f1) apparent)"
echo "   largest parts:"
du -s dist/workbench/_internal/* | sort -rn | head -8 | while read -r kb path; do
    printf '   %6d MB  %s\n' $((kb / 1024)) "${path#dist/workbench/_internal/}"
done
