#!/usr/bin/env bash
# Builds the packages from a release build, validates the desktop metadata, installs the .deb with
# apt on this machine and runs the installed binary. Exits non-zero at the first failure.
#
#   packaging/ci-package.sh      → build/release/paperdesk_<version>_<arch>.deb
#                                  build/release/paperdesk-<version>-linux-<arch>.tar.gz
# Installing needs root (or sudo); so does installing missing build tools.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
# shellcheck source=packaging/deps.sh
source "$root/packaging/deps.sh"

app_id=io.github.paperdesk.Paperdesk
build_dir=$root/build/release

fail() {
    echo "ci-package: $*" >&2
    exit 1
}

step() {
    echo "ci-package: $*"
}

install_missing "${build_deps[@]}" "${runtime_deps[@]}" "${package_deps[@]}"

step "validating the desktop entry and the metainfo"
desktop-file-validate "packaging/linux/$app_id.desktop"
appstreamcli validate --no-net "packaging/linux/$app_id.metainfo.xml"

step "building (release preset; only the application)"
cmake --preset release >/dev/null
cmake --build --preset release --target paperdesk --parallel "$(nproc)"

step "packaging with CPack"
rm -f "$build_dir"/paperdesk_*.deb "$build_dir"/paperdesk-*.tar.gz
(cd "$build_dir" && cpack -G "DEB;TGZ")
debs=("$build_dir"/paperdesk_*.deb)
tgzs=("$build_dir"/paperdesk-*.tar.gz)
[ -f "${debs[0]}" ] || fail "cpack produced no .deb in $build_dir"
[ -f "${tgzs[0]}" ] || fail "cpack produced no .tar.gz in $build_dir"
deb=${debs[0]}
version=$(dpkg-deb --field "$deb" Version)
ls -l "$deb" "${tgzs[0]}"
dpkg-deb --info "$deb"

# Every file the desktop needs must be in the package.
contents=$(dpkg-deb --contents "$deb")
for path in usr/bin/paperdesk "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml" \
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg" "usr/share/icons/hicolor/48x48/apps/$app_id.png"; do
    grep -q " \./$path\$" <<<"$contents" || fail "$path is missing from $(basename "$deb")"
done
tar -tzf "${tgzs[0]}" | grep -q '/bin/paperdesk$' || fail "bin/paperdesk is missing from $(basename "${tgzs[0]}")"

# Depends must name the package of every library the binary links, and the plugins Qt loads.
depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
# One package name a line, alternatives included, versions dropped.
depends_names=$(tr ',|' '\n\n' <<<"$depends" | sed -e 's/(.*)//' -e 's/[[:space:]]//g' -e 's/:any$//')
depends_on() { grep -qxF "$1" <<<"$depends_names"; }
for pkg in qt6-qpa-plugins libqt6sql6-sqlite; do
    depends_on "$pkg" || fail "Depends lacks $pkg"
done
for lib in $(readelf -d "$build_dir/app/paperdesk" | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p'); do
    owners=$(dpkg -S "*/$lib" 2>/dev/null | cut -d: -f1 | sort -u) || true
    [ -n "$owners" ] || fail "no installed package ships $lib, which paperdesk links"
    found=0
    for owner in $owners; do
        depends_on "$owner" && found=1
    done
    [ "$found" -eq 1 ] || fail "Depends names none of $owners, which ship $lib"
done

step "installing $(basename "$deb") with apt"
# --reinstall: a package of the same version may already be installed from an earlier run.
apt_install() { as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --reinstall "$deb"; }
if ! apt_install; then
    step "retrying after apt-get update"
    as_root apt-get update -qq
    apt_install
fi
dpkg-query -W -f='${Status} ${Version}\n' paperdesk | grep -q "install ok installed $version" ||
    fail "paperdesk $version is not installed after apt-get"
desktop-file-validate "/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml"

step "running the installed binary"
out=$(/usr/bin/paperdesk --version) || fail "/usr/bin/paperdesk --version failed"
echo "$out"
grep -qx "paperdesk $version" <<<"$out" || fail "--version printed '$out', expected 'paperdesk $version'"

data_dir=$(mktemp -d)
trap 'rm -rf "$data_dir"' EXIT
out=$(/usr/bin/paperdesk days --json --data-dir "$data_dir") || fail "/usr/bin/paperdesk days --json failed"
echo "$out"
grep -q '"days": \[' <<<"$out" || fail "days --json printed no \"days\" array"

step "ok: $(basename "$deb") and $(basename "${tgzs[0]}") built, installed and working"
