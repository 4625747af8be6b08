#!/usr/bin/env bash
# Liaison's two commands on a Debian 12 machine (see README, Quick start):
#   .ci/setup.sh run    install packages, build, open the window on the demo record base
#   .ci/setup.sh test   install packages, build, run the whole test suite
# Idempotent: packages already installed are skipped, the build is incremental.
# Works as root or as a user with sudo (used for apt-get only).
#
# With CI=true, or LIAISON_SANITIZE=1, `test` then runs the sanitizer stages
# too: the whole suite again under the asan preset (AddressSanitizer and
# UndefinedBehaviorSanitizer, any finding fails), and every fuzz target of the
# fuzz preset (clang, libFuzzer) for LIAISON_FUZZ_SECONDS (60) on a copy of its
# corpus, failing on any crash. LIAISON_SANITIZE=0 leaves them out under CI.
#
# `test` starts a throwaway PostgreSQL server (.ci/pgcluster.sh) for the
# tests parameterised by engine, requires it (LIAISON_REQUIRE_POSTGRES=1: a
# server test cannot skip), and stops it on exit, also when tests fail.
set -euo pipefail

cd "$(dirname "$0")/.."

action=${1:-}
case "$action" in
    run|test) shift ;;
    *) echo "usage: $0 run [liaison arguments…] | test" >&2; exit 2 ;;
esac

packages=(
    cmake ninja-build g++ dpkg-dev file
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev
    fonts-dejavu-core xvfb xauth
)

if [ "$action" = test ]; then
    # The server for the engine-parameterised tests; `run` does not need it.
    packages+=(postgresql postgresql-contrib)
fi

sanitize=${LIAISON_SANITIZE:-}
if [ -z "$sanitize" ] && [ "${CI:-}" = "true" ]; then
    sanitize=1
fi
if [ "$action" = test ] && [ "$sanitize" = 1 ]; then
    # libFuzzer and clang's sanitizer runtimes; GCC's come with g++.
    packages+=(clang libclang-rt-14-dev)
fi

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

# Every fuzz target of the fuzz preset for LIAISON_FUZZ_SECONDS on a copy of
# its corpus, as many at once as there are processors. A crash, a sanitizer
# finding or a failed check of the target fails; its input is printed
# (base64) so that it can be added to the corpus as a regression seed.
run_fuzzers() {
    local seconds=${LIAISON_FUZZ_SECONDS:-60}
    local work
    work=$(mktemp -d "${TMPDIR:-/tmp}/liaison-fuzz.XXXXXX")
    local binaries=()
    local binary
    for binary in build/fuzz/tests/fuzz/fuzz_*; do
        if [ -f "$binary" ] && [ -x "$binary" ]; then
            binaries+=("$binary")
        fi
    done
    if [ ${#binaries[@]} -eq 0 ]; then
        echo "$0: no fuzz target was built" >&2
        return 1
    fi
    fuzz_one() {
        local binary=$1 target=${1##*/fuzz_}
        local dir="$work/$target"
        mkdir -p "$dir/corpus" "$dir/crashes" "$dir/tmp"
        cp -R "tests/fuzz/corpus/$target/." "$dir/corpus/"
        local status=0
        # The target's own temporary files (a record base) go with $work.
        TMPDIR="$dir/tmp" ASAN_OPTIONS=halt_on_error=1:abort_on_error=1 \
            UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:abort_on_error=1 \
            "$binary" -max_total_time="$seconds" -timeout=30 -print_final_stats=1 \
            -artifact_prefix="$dir/crashes/" "$dir/corpus" >"$dir/log" 2>&1 || status=$?
        echo "$status" >"$dir/status"
    }
    local jobs
    jobs=$(nproc 2>/dev/null || echo 1)
    echo "Fuzzing ${#binaries[@]} targets for ${seconds} s each, $jobs at a time"
    for binary in "${binaries[@]}"; do
        while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do
            wait -n || true
        done
        fuzz_one "$binary" &
    done
    wait
    local failed=0 target dir runs status crash
    for binary in "${binaries[@]}"; do
        target=${binary##*/fuzz_}
        dir="$work/$target"
        status=$(cat "$dir/status" 2>/dev/null || echo "none")
        runs=$(sed -n 's/^Done \([0-9]*\) runs in .*/\1/p' "$dir/log" 2>/dev/null | tail -n 1)
        if [ "$status" = 0 ]; then
            echo "fuzz_$target: ${runs:-?} executions, no crash"
            continue
        fi
        failed=1
        echo "fuzz_$target: FAILED (exit status $status)" >&2
        tail -n 80 "$dir/log" >&2 || true
        for crash in "$dir"/crashes/*; do
            [ -f "$crash" ] || continue
            echo "Input ${crash##*/} (base64; add it to tests/fuzz/corpus/$target/):" >&2
            base64 -w 0 "$crash" | head -c 20000 >&2 || true
            echo >&2
        done
    done
    rm -rf "$work"
    return "$failed"
}

case "$action" in
    test)
        # One server for every suite (release/ci and asan), stopped however
        # this script ends, also when interrupted while the server starts:
        # its variables go to a file the exit trap reads.
        pgenv=$(mktemp "${TMPDIR:-/tmp}/liaison-pgenv.XXXXXX")
        # shellcheck disable=SC1090
        trap 'if [ -s "$pgenv" ]; then . "$pgenv"; .ci/pgcluster.sh stop "$LIAISON_TEST_POSTGRES_DIR" || true; fi; rm -f "$pgenv"' EXIT
        trap 'exit 130' INT TERM
        .ci/pgcluster.sh start "$pgenv"
        # shellcheck disable=SC1090
        . "$pgenv"
        export LIAISON_REQUIRE_POSTGRES=1
        # Every stage runs even when an earlier one's tests failed, so that
        # one run tells everything; any failure fails.
        status=0
        ctest --preset "$preset" || status=1
        if [ "$sanitize" = 1 ]; then
            if [ "$preset" != asan ]; then
                cmake --preset asan
                cmake --build --preset asan
                ctest --preset asan || status=1
            fi
            cmake --preset fuzz
            cmake --build --preset fuzz
            run_fuzzers || status=1
        fi
        exit "$status"
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
