#!/bin/sh
# deps.sh: installs every Debian 12 package sotsearch needs to build, test and
# benchmark.  Idempotent and silent when everything is already present, so
# `make` can call it on every build.  Needs root (or sudo) only when something
# is missing.
set -eu

PACKAGES="
build-essential pkg-config clang libclang-rt-14-dev
libxapian-dev xapian-tools
libicu-dev libmicrohttpd-dev libjansson-dev libpcre2-dev libinih-dev
libzip-dev libxml2-dev libpoppler-glib-dev libcurl4-openssl-dev libssl-dev
libcmocka-dev
curl jq bc
"

missing=""
for p in $PACKAGES; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
		missing="$missing $p"
	fi
done
[ -z "$missing" ] && exit 0

echo "deps.sh: installing:$missing" >&2
SUDO=""
if [ "$(id -u)" != 0 ]; then
	if command -v sudo >/dev/null 2>&1; then
		SUDO=sudo
	else
		echo "deps.sh: need root to install:$missing (run: apt-get install$missing)" >&2
		exit 1
	fi
fi
export DEBIAN_FRONTEND=noninteractive
# The package lists may be missing on a fresh machine; update once if so.
if ! $SUDO apt-get install -y -qq $missing >/dev/null 2>&1; then
	$SUDO apt-get update -qq
	$SUDO apt-get install -y -qq $missing >/dev/null
fi
