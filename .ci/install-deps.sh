#!/usr/bin/env bash
# Installs the system packages the test suite needs (Debian): PostgreSQL for the provider suite,
# Chromium for the browser tests, Dovecot for the IMAP tests. Idempotent; a no-op when everything is already there.
set -euo pipefail

missing=()
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || missing+=(postgresql)
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
[[ -x /usr/sbin/dovecot ]] || missing+=(dovecot-imapd)
fc-list 2>/dev/null | grep -qi dejavu || missing+=(fonts-dejavu-core)
# ICU: .NET's culture data. Without it the fi-FI/th-TH/ar-SA matrix in test.sh would silently run the invariant culture.
ls /usr/lib/*/libicuuc.so.* >/dev/null 2>&1 || missing+=("$(apt-cache pkgnames libicu 2>/dev/null | grep -E '^libicu[0-9]+$' | sort -V | tail -1 || echo libicu72)")

if (( ${#missing[@]} == 0 )); then
  exit 0
fi

if [[ "$(id -u)" != "0" ]] || ! command -v apt-get >/dev/null; then
  echo "The test suite needs: ${missing[*]}. Install them (Debian: sudo apt-get install -y ${missing[*]}) and run again." >&2
  exit 1
fi

echo "Installing ${missing[*]} …"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
