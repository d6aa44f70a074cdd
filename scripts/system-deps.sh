#!/usr/bin/env bash
# Install the Debian packages the suite needs when they are missing:
# chromium (browser tests) and fonts-liberation (Times New Roman metrics for documents).
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -e /usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf ] || need+=(fonts-liberation)
[ ${#need[@]} -eq 0 ] && exit 0
echo "Cài đặt gói hệ thống: ${need[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
