#!/usr/bin/env bash
# Paperdesk set-up for Debian 12 / Ubuntu: installs what is missing, builds, then runs or tests.
#
#   packaging/setup.sh run [ARGS…]   build (release) and start Paperdesk with ARGS
#   packaging/setup.sh test          build (ci preset) and run the whole test suite headless
#   packaging/setup.sh build         install dependencies and build (release) only
set -euo pipefail

mode=${1:-build}
[ $# -gt 0 ] && shift
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

build_deps=(cmake ninja-build g++ pkg-config qt6-base-dev libqt6sql6-sqlite qt6-tools-dev
            qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qtkeychain-qt6-dev libcmark-dev libgl-dev)
# Headless tests: a session bus with a real Secret Service for the keychain tests, Xvfb for screenshots.
test_deps=(dbus gnome-keyring xvfb xauth python3-feedparser)
runtime_deps=(qt6-qpa-plugins gnome-keyring)

install_missing() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "setup: installing ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    local preset=$1
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" --parallel "$(nproc)"
}

case "$mode" in
build)
    install_missing "${build_deps[@]}" "${runtime_deps[@]}"
    build release
    ;;
run)
    install_missing "${build_deps[@]}" "${runtime_deps[@]}"
    build release
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "setup: no display found; start it from a desktop session (or: xvfb-run -a $0 run)" >&2
        exit 1
    fi
    exec "$root/build/release/app/paperdesk" "$@"
    ;;
test)
    install_missing "${build_deps[@]}" "${test_deps[@]}"
    build ci
    export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
    export PAPERDESK_REQUIRE_KEYCHAIN=1
    # A private session bus with an unlocked GNOME Keyring: the keychain tests use the real thing.
    exec dbus-run-session -- bash -c '
        printf "paperdesk-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        ctest --preset ci --parallel 2'
    ;;
*)
    echo "usage: $0 run [ARGS…] | test | build" >&2
    exit 2
    ;;
esac
