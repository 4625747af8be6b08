#!/usr/bin/env bash
# Makes the README's screenshots from the real application under Xvfb, so
# they never go stale, in resources/screenshots/:
#   liaison-en.png, liaison-ru.png  English and Russian
#   liaison-en-dark.png             a desktop set to dark: GTK's Adwaita:dark
#                                   through Qt's gtk3 platform theme, as on GNOME;
#                                   Liaison draws with the palette it is given
#   liaison-en-scale2.png           QT_SCALE_FACTOR=2, as on a high-DPI screen
# Usage: .ci/screenshots.sh [en|ru|en-dark|en-scale2 …]   (none: all four)
# Needs the packages of .ci/setup.sh plus xdotool, imagemagick and
# qt6-gtk-platformtheme (installed here when missing). Builds the release
# preset, or uses the build in LIAISON_BUILD_DIR when that is set. Uses a
# throwaway settings and data folder, so the screenshots show the demo record
# base as a new user sees it.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
for package in xdotool imagemagick qt6-gtk-platformtheme; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$package"
    fi
done

if [ -n "${LIAISON_BUILD_DIR:-}" ]; then
    binary="$(cd "$LIAISON_BUILD_DIR" && pwd)/app/liaison"
else
    preset=${LIAISON_PRESET:-release}
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" >/dev/null
    binary="$PWD/build/$preset/app/liaison"
fi
out="$PWD/resources/screenshots"
mkdir -p "$out"

# shoot FILE LANGUAGE SCREEN CROP [VARIABLE=VALUE …]
shoot() {
    local file=$1 language=$2 screen=$3 crop=$4
    shift 4
    local home
    home=$(mktemp -d)
    mkdir -m 0700 "$home/runtime"
    # Inside Xvfb: start, search for ASCCA, open it, take the picture. The
    # caller's own theme and scale settings stay out of it.
    env -u QT_QPA_PLATFORMTHEME -u QT_STYLE_OVERRIDE -u QT_SCALE_FACTOR -u GTK_THEME \
        XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/runtime" \
        "$@" xvfb-run -a -s "-screen 0 ${screen}x24" \
        bash -c '
            "$0" --language "$1" & pid=$!
            for i in $(seq 1 50); do xdotool search --onlyvisible --class liaison >/dev/null 2>&1 && break; sleep 0.2; done
            sleep 1.5
            window=$(xdotool search --onlyvisible --class liaison | head -1)
            xdotool windowactivate --sync "$window" 2>/dev/null || xdotool windowfocus "$window"
            sleep 0.3
            xdotool key ctrl+f; sleep 0.3
            xdotool type --delay 50 ascca; sleep 0.8
            xdotool key Return; sleep 1.5
            import -window root -crop "$3" "$2"
            kill $pid' "$binary" "$language" "$file" "$crop"
    rm -rf "$home"
    echo "Wrote $file"
}

shots=("$@")
[ ${#shots[@]} -eq 0 ] && shots=(en ru en-dark en-scale2)
for shot in "${shots[@]}"; do
    case "$shot" in
        en | ru) shoot "$out/liaison-$shot.png" "$shot" 1400x900 1200x760+0+0 ;;
        en-dark)
            shoot "$out/liaison-en-dark.png" en 1400x900 1200x760+0+0 \
                QT_QPA_PLATFORMTHEME=gtk3 GTK_THEME=Adwaita:dark
            ;;
        en-scale2)
            # The same window at twice the pixels: 1200×760 logical.
            shoot "$out/liaison-en-scale2.png" en 2600x1700 2400x1520+0+0 QT_SCALE_FACTOR=2
            ;;
        *)
            echo "$0: unknown screenshot $shot (en, ru, en-dark, en-scale2)" >&2
            exit 2
            ;;
    esac
done
