#!/usr/bin/env bash
# Makes the README's screenshots from the real application under Xvfb, in
# English and Russian, so they never go stale:
#   .ci/screenshots.sh            -> resources/screenshots/liaison-<lang>.png
# Needs the packages of .ci/setup.sh plus xdotool and imagemagick (installed
# here when missing). Uses a throwaway settings and data folder, so the
# screenshots show the demo record base as a new user sees it.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
for package in xdotool imagemagick; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$package"
    fi
done

preset=${LIAISON_PRESET:-release}
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" >/dev/null
binary="$PWD/build/$preset/app/liaison"
out="$PWD/resources/screenshots"
mkdir -p "$out"

shoot() {
    local language=$1 file=$2
    local home
    home=$(mktemp -d)
    # Inside Xvfb: start, search for ASCCA, open it, take the picture.
    XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" xvfb-run -a -s "-screen 0 1400x900x24" \
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
            import -window root -crop 1200x760+0+0 "$2"
            kill $pid' "$binary" "$language" "$file"
    rm -rf "$home"
    echo "Wrote $file"
}

shoot en "$out/liaison-en.png"
shoot ru "$out/liaison-ru.png"
