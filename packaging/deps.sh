# Debian packages the scripts in packaging/ need, and a helper that installs the missing ones.
# Sourced by setup.sh and ci-package.sh; not meant to be run.

build_deps=(cmake ninja-build g++ pkg-config qt6-base-dev libqt6sql6-sqlite qt6-tools-dev
            qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qtkeychain-qt6-dev libcmark-dev libgl-dev
            liblinear-dev)
# Headless tests: a session bus with a real Secret Service for the keychain tests, Xvfb for screenshots,
# Python's feed and BibTeX parsers as independent readers, systemd-analyze for the timer's calendar,
# a PostgreSQL server for the throwaway cluster of the shared-store tests (tests/support/pgcluster.sh).
test_deps=(dbus gnome-keyring xvfb xauth python3-feedparser python3-bibtexparser systemd postgresql
           libqt6sql6-psql)
# libqt6sql6-psql: Qt's PostgreSQL driver, for a database shared with a group.
runtime_deps=(qt6-qpa-plugins gnome-keyring libqt6sql6-psql)
# Building and checking the packages: dpkg-shlibdeps, desktop-file-validate, appstreamcli.
package_deps=(dpkg-dev desktop-file-utils appstream)

# Runs a command as root: directly when root, else through sudo.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo "$@"
    else
        echo "setup: '$*' needs root; run as root or install sudo" >&2
        return 1
    fi
}

install_missing() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "setup: installing ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
