#!/bin/sh
# Add Arabic Workbench to the current user's desktop: menu entry, icons, the project file type
# and "Open with" for .docx/.txt/.md. Nothing needs root; everything goes under
# ${XDG_DATA_HOME:-~/.local/share}.
#
#   packaging/linux/install-desktop.sh [--exec COMMAND] [--uninstall]
#
# COMMAND is what the menu entry runs (it gets the file as its one argument). Default: the
# bundle's `workbench gui` when this script sits in an unpacked bundle (workbench/linux/),
# else `workbench-gui` from PATH (pip install --user puts it in ~/.local/bin). It is written into
# the .desktop file as an absolute path because desktop sessions often have a shorter PATH than
# the terminal.
set -eu

APP_ID=io.github.arabicworkbench.Workbench
MIME_XML=arabic-workbench.xml
SIZES="16 24 32 48 64 128 256 512"

here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
exec_cmd=""
exec_args=""
uninstall=0
while [ $# -gt 0 ]; do
    case "$1" in
        --exec) exec_cmd=$2; shift 2 ;;
        --exec=*) exec_cmd=${1#--exec=}; shift ;;
        --uninstall) uninstall=1; shift ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "install-desktop.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done

refresh() {
    # Caches are optional: without them desktops rescan, only slower.
    command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data/mime" || true
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
    # No icon-theme.cache under ~/.local: a cache there must then be kept up to date by every
    # other program that installs icons. Touching the folder makes icon loaders rescan it.
    touch "$data/icons/hicolor" 2>/dev/null || true
}

if [ "$uninstall" = 1 ]; then
    rm -f "$data/applications/$APP_ID.desktop" "$data/metainfo/$APP_ID.metainfo.xml" \
        "$data/mime/packages/$MIME_XML"
    for size in $SIZES; do
        rm -f "$data/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    done
    refresh
    echo "removed $APP_ID from $data"
    exit 0
fi

# Icons: the source tree (packaging/linux -> workbench/resources/icons) or the bundle
# (workbench/linux -> workbench/_internal/workbench/resources/icons).
icons=""
for candidate in "$here/../../workbench/resources/icons" "$here/../_internal/workbench/resources/icons"; do
    if [ -f "$candidate/workbench-16.png" ]; then icons=$(cd "$candidate" && pwd); break; fi
done
if [ -z "$icons" ]; then
    echo "install-desktop.sh: icons not found next to $here" >&2
    exit 1
fi

if [ -z "$exec_cmd" ]; then
    if [ -x "$here/../workbench" ] && [ -f "$here/../workbench" ]; then
        # The bundle has one executable: `workbench gui FILE` is its window.
        exec_cmd=$(cd "$here/.." && pwd)/workbench
        exec_args=" gui"
    elif command -v workbench-gui >/dev/null 2>&1; then
        exec_cmd=$(command -v workbench-gui)
    else
        echo "install-desktop.sh: workbench-gui is not on PATH; pass --exec /path/to/workbench-gui" >&2
        exit 1
    fi
fi
# Characters the desktop-entry quoting rules or sed would need escaped are refused, not mangled.
case "$exec_cmd" in
    *[\"\`\$\\\|\&%]*) echo "install-desktop.sh: unsupported characters in $exec_cmd" >&2; exit 1 ;;
esac
exec_field=$exec_cmd
case "$exec_cmd" in *" "*) exec_field="\"$exec_cmd\"" ;; esac

mkdir -p "$data/applications" "$data/metainfo" "$data/mime/packages"
for size in $SIZES; do
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp "$icons/workbench-$size.png" "$data/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
sed -e "s|^TryExec=.*|TryExec=$exec_cmd|" -e "s|^Exec=[^ ]*|Exec=$exec_field$exec_args|" \
    "$here/$APP_ID.desktop" > "$data/applications/$APP_ID.desktop.tmp"
mv "$data/applications/$APP_ID.desktop.tmp" "$data/applications/$APP_ID.desktop"
cp "$here/$APP_ID.metainfo.xml" "$data/metainfo/$APP_ID.metainfo.xml"
cp "$here/$MIME_XML" "$data/mime/packages/$MIME_XML"
refresh
echo "installed $APP_ID in $data (runs $exec_cmd)"
