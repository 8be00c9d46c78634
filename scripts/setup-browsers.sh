#!/usr/bin/env bash
# Installs the browsers the real-browser tests drive: Debian's Chromium and Firefox ESR.
# Nothing is downloaded outside Debian's packages. Run as root (or with sudo available).
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup-browsers: Chromium and Firefox ESR are installed"
  exit 0
fi
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
echo "setup-browsers: installing ${missing[*]} from Debian's packages"
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
/usr/bin/chromium --version 2>/dev/null | grep -v 'unexpected operator' || true
/usr/bin/firefox-esr --version
