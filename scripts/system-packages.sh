#!/usr/bin/env bash
# The Debian packages of the programs the tests start themselves, installed when missing
# (called by scripts/test.sh). Does nothing, and needs no root, when all are installed;
# otherwise runs `apt-get update` and `apt-get install` as root, through sudo when not root.
set -euo pipefail

# Each package, and the test that needs it. Every test runs its own instance on
# 127.0.0.1; no system service is used.
PACKAGES=(
    chromium          # tests/test_dashboard.py opens the HTML report in headless Chromium
    fonts-dejavu-core # ... and needs fonts to lay the report out
    fonts-liberation
    prometheus        # tests/test_metrics.py scrapes a crawl with a real Prometheus server
    jq                # tests/test_readme.py runs the README's jq examples
    redis-server      # distributed crawls: tests start private Redis servers (tests/services.py)
    postgresql        # ... and private PostgreSQL servers for the shared state store
    systemd           # tests/test_scheduling.py: systemd-analyze verify on deploy/systemd units
    curl              # tests/test_scrapyd.py runs the README's scrapyd commands
)

installed() {
    [ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null || true)" = "installed" ]
}

system_packages() {
    if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
        echo "system packages: no apt (not Debian or Ubuntu); install yourself: ${PACKAGES[*]}" >&2
        return 0
    fi
    local missing=() package
    for package in "${PACKAGES[@]}"; do
        installed "$package" || missing+=("$package")
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        echo "system packages: present (${PACKAGES[*]})"
        return 0
    fi
    SUDO=() # global: the EXIT trap below reads it
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || {
            echo "system packages: need root or sudo to install: ${missing[*]}" >&2
            exit 1
        }
        SUDO=(sudo)
    fi
    echo "system packages: installing ${missing[*]}"
    # Wait for another apt run instead of failing on its lock.
    local apt=(apt-get -o DPkg::Lock::Timeout=600 -q)
    "${SUDO[@]}" "${apt[@]}" update -qq
    # Keep the packages' init scripts from starting system services (policy-rc.d exit 101 =
    # "action forbidden"); the tests start what they need. Only when no policy is set.
    POLICY=/usr/sbin/policy-rc.d
    local created=0
    if [ ! -e "$POLICY" ]; then
        printf '#!/bin/sh\nexit 101\n' | "${SUDO[@]}" tee "$POLICY" >/dev/null
        "${SUDO[@]}" chmod 755 "$POLICY"
        created=1
        trap '"${SUDO[@]}" rm -f "$POLICY"' EXIT # a failed install leaves no policy behind
    fi
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
        "${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}"
    if [ "$created" -eq 1 ]; then
        "${SUDO[@]}" rm -f "$POLICY"
        trap - EXIT
    fi
}

system_packages
