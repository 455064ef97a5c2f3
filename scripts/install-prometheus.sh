#!/usr/bin/env bash
# Install Debian's `prometheus` package (it ships both `prometheus` and `promtool`).
# Idempotent: does nothing when both binaries are already on PATH. Needs root (CI runs as root).
# The package's postinst may try to start a system service; we never rely on it: tests start
# their own Prometheus on a free loopback port, so a packaged daemon (if any) is stopped.
set -euo pipefail

if command -v prometheus >/dev/null 2>&1 && command -v promtool >/dev/null 2>&1; then
    echo "install-prometheus: already installed: $(prometheus --version 2>&1 | head -n1)"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "install-prometheus: must run as root (apt-get install prometheus)" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# --no-install-recommends keeps out prometheus-node-exporter and friends.
apt-get install -y -qq --no-install-recommends prometheus >/dev/null

# A daemon started by the package (only where an init system runs) would hold :9090.
if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet prometheus 2>/dev/null; then
    systemctl stop prometheus || true
    systemctl disable prometheus >/dev/null 2>&1 || true
elif command -v service >/dev/null 2>&1; then
    service prometheus stop >/dev/null 2>&1 || true
fi

echo "install-prometheus: installed: $(prometheus --version 2>&1 | head -n1)"
promtool --version 2>&1 | head -n1
