#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs everything Tonghu's build, app and tests need on Debian 12 (bookworm), as root.
# Idempotent: when every package is already present it changes nothing and touches no network.
set -euo pipefail

# Packages from bookworm itself. nginx (which has the WebDAV module built in; nginx-light is
# only a transitional package for it in bookworm) and the dav-ext module (PROPFIND) are for the
# WebDAV tests, which start a private nginx on 127.0.0.1. dpkg-dev (dpkg-shlibdeps),
# desktop-file-utils, appstream and man-db are for building and checking the .deb; clang and
# its runtime libraries (libFuzzer, the sanitizers) for the fuzz targets of tests/fuzz.
base_packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-charts-dev qt6-svg-dev qt6-qpa-plugins libqt6svg6
  libqt6opengl6-dev libgl-dev libvulkan-dev
  libsodium-dev libssl-dev libicu-dev libxlsxwriter-dev libzstd-dev zstd
  fonts-noto-cjk xvfb xauth poppler-utils
  python3
  nginx libnginx-mod-http-dav-ext
  dpkg-dev desktop-file-utils appstream man-db
  clang libclang-rt-14-dev
)
# SQLCipher 4.6 and Catch2 3 exist only in bookworm-backports (bookworm ships 3.4 and 2.13).
backports_packages=(libsqlcipher-dev sqlcipher catch2)

missing=()
for p in "${base_packages[@]}" "${backports_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# catch2 must be version 3 and sqlcipher 4.6, not bookworm's own.
if dpkg-query -W -f='${Version}' catch2 2>/dev/null | grep -q '^2\.'; then missing+=(catch2); fi
if dpkg-query -W -f='${Version}' libsqlcipher-dev 2>/dev/null | grep -q '^3\.'; then missing+=(libsqlcipher-dev); fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "Missing packages: ${missing[*]}" >&2
  echo "Run this script as root (sudo $0) to install them." >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
if ! grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
  cat > /etc/apt/sources.list.d/bookworm-backports.sources <<'SRC'
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
fi
apt-get update -q
apt-get install -y -q --no-install-recommends "${base_packages[@]}"
apt-get install -y -q --no-install-recommends -t bookworm-backports "${backports_packages[@]}"
