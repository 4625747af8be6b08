#!/usr/bin/env bash
# Liaison's two commands on a Debian 12 machine (see README, Quick start):
#   .ci/setup.sh run    install packages, build, open the window on the demo record base
#   .ci/setup.sh test   install packages, build, run the whole test suite
# Idempotent: packages already installed are skipped, the build is incremental.
# Works as root or as a user with sudo (used for apt-get only).
set -euo pipefail

cd "$(dirname "$0")/.."

action=${1:-}
case "$action" in
    run|test) shift ;;
    *) echo "usage: $0 run [liaison arguments…] | test" >&2; exit 2 ;;
esac

packages=(
    cmake ninja-build g++
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql
    fonts-dejavu-core xvfb xauth
)

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "$0: not root and sudo is not installed; run this as root" >&2
        exit 1
    fi
    sudo_cmd=(sudo)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    "${sudo_cmd[@]}" apt-get update -q
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# CI builds with warnings as errors; people get an optimised build.
preset=${LIAISON_PRESET:-release}
if [ "${CI:-}" = "true" ] && [ -z "${LIAISON_PRESET:-}" ]; then
    preset=ci
fi

cmake --preset "$preset"
cmake --build --preset "$preset"

case "$action" in
    test)
        ctest --preset "$preset"
        ;;
    run)
        binary="build/$preset/app/liaison"
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
            echo "No display found: starting Liaison under Xvfb (invisible). Press Ctrl+C to stop." >&2
            exec xvfb-run -a -s "-screen 0 1280x800x24" "$binary" "$@"
        fi
        exec "$binary" "$@"
        ;;
esac
