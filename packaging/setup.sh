#!/usr/bin/env bash
# Paperdesk set-up for Debian 12 / Ubuntu: installs what is missing, builds, then runs or tests.
#
#   packaging/setup.sh run [ARGS…]   build (release) and start Paperdesk with ARGS
#   packaging/setup.sh test          build (ci preset), run the whole test suite headless, then build,
#                                    install and check the packages (packaging/ci-package.sh)
#   packaging/setup.sh build         install dependencies and build (release) only
set -euo pipefail

mode=${1:-build}
[ $# -gt 0 ] && shift
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

# shellcheck source=packaging/deps.sh
source "$root/packaging/deps.sh"

# build PRESET [cmake --build options…]
build() {
    local preset=$1
    shift
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" --parallel "$(nproc)" "$@"
}

case "$mode" in
build)
    install_missing "${build_deps[@]}" "${runtime_deps[@]}"
    build release --target paperdesk
    ;;
run)
    install_missing "${build_deps[@]}" "${runtime_deps[@]}"
    # Only the application and what it links: the tests and benchmarks are the test command's.
    build release --target paperdesk
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
    # The keyring lives in a fresh folder: a login keyring already in ~/.local/share/keyrings has
    # another password, stays locked, and every write would then be refused.
    XDG_DATA_HOME=$(mktemp -d)
    export XDG_DATA_HOME
    status=0
    dbus-run-session -- bash -c '
        printf "paperdesk-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        ctest --preset ci --parallel 2' || status=$?
    if [ "$status" -ne 0 ]; then
        echo "setup: tests failed (ctest exit status $status); packages not built" >&2
        exit "$status"
    fi
    # The packages: build the .deb and .tar.gz, validate, install with apt, run the installed binary.
    bash "$root/packaging/ci-package.sh"
    ;;
*)
    echo "usage: $0 run [ARGS…] | test | build" >&2
    exit 2
    ;;
esac
