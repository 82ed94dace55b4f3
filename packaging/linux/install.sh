#!/bin/sh
# Installs api.video Uploader for the current user, from the unpacked tarball this script sits in:
# the app in ~/.local/opt/uploader-gui, a command in ~/.local/bin, and a menu entry with icons.
# Nothing needs root. `./install.sh --uninstall` removes all of it (your settings and saved
# keys stay).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
opt=$HOME/.local/opt/uploader-gui
bin=$HOME/.local/bin
name=uploader-gui

have() { command -v "$1" >/dev/null 2>&1; }
refresh() {  # menus and icon caches notice the change sooner; optional everywhere
    if have update-desktop-database; then
        update-desktop-database -q "$data/applications" || true
    fi
    if have gtk-update-icon-cache; then
        gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$opt"
    rm -f "$bin/$name" "$data/applications/$name.desktop"
    find "$data/icons/hicolor" -path "*/apps/$name.*" -delete 2>/dev/null || true
    refresh
    echo "api.video Uploader was removed."
    exit 0
fi

rm -rf "$opt"
mkdir -p "$opt" "$bin" "$data/applications"
cp -a "$here/$name" "$here/_internal" "$opt/"
ln -sf "$opt/$name" "$bin/$name"
(cd "$here/share/icons" && find hicolor -type f) | while read -r icon; do
    mkdir -p "$data/icons/$(dirname "$icon")"
    cp "$here/share/icons/$icon" "$data/icons/$icon"
done
sed -e "s|^Exec=$name|Exec=$opt/$name|" -e "s|^TryExec=$name|TryExec=$opt/$name|" \
    "$here/share/applications/$name.desktop" > "$data/applications/$name.desktop"
refresh
echo "api.video Uploader is installed: find it in your applications menu, or run $bin/$name"
case ":$PATH:" in
    *":$bin:"*) ;;
    *) echo "($bin is not on your PATH; the menu entry works anyway.)" ;;
esac
