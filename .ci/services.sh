#!/usr/bin/env bash
# CI: install the Debian packages whose servers the tests start themselves (each test runs
# its own instance on 127.0.0.1; no system service is used). Idempotent: does nothing when
# every package is already installed. Needs root (or passwordless sudo) to install.
set -euo pipefail

# Add a package here when a test needs another server.
PACKAGES=(
    prometheus # tests/test_metrics.py runs /usr/bin/prometheus
    chromium   # tests/test_dashboard.py opens the report in headless Chromium
    fonts-dejavu-core
    fonts-liberation
)

missing=()
for package in "${PACKAGES[@]}"; do
    if [ "$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)" != "installed" ]; then
        missing+=("$package")
    fi
done
if [ "${#missing[@]}" -eq 0 ]; then
    echo "services: all installed (${PACKAGES[*]})"
    exit 0
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    SUDO=(sudo)
fi
echo "services: installing ${missing[*]}"
"${SUDO[@]}" apt-get update -qq
# Keep packages' init scripts from starting system services (policy-rc.d exit 101 =
# "action forbidden"); the tests start what they need. Only when no policy is set already.
POLICY=/usr/sbin/policy-rc.d
if [ ! -e "$POLICY" ]; then
    printf '#!/bin/sh\nexit 101\n' | "${SUDO[@]}" tee "$POLICY" >/dev/null
    "${SUDO[@]}" chmod 755 "$POLICY"
    trap '"${SUDO[@]}" rm -f "$POLICY"' EXIT
fi
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
