#!/usr/bin/env bash
# Install the Debian packages the suite needs when they are missing:
# chromium (browser tests) and Liberation Serif 2 (Times New Roman metrics, with the
# Vietnamese letters, for documents). Liberation 1.x, Debian 12's fonts-liberation, has no
# Vietnamese letters: Debian 12 ships 2.x as fonts-liberation2, Debian 13 and Ubuntu 24.04
# as fonts-liberation.
# Usage: system-deps.sh [--fonts-only]   (make run needs the fonts; make test both)
set -euo pipefail
need=()
if [ "${1:-}" != "--fonts-only" ]; then
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
fi
vietnamese_serif() {
  [ -e /usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf ] ||
    fc-list :lang=vi file 2>/dev/null | grep -q "/liberation/LiberationSerif-Regular.ttf"
}
fonts=0
vietnamese_serif || fonts=1
[ ${#need[@]} -eq 0 ] && [ "$fonts" -eq 0 ] && exit 0
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
if [ "$fonts" -eq 1 ]; then
  if apt-cache show fonts-liberation2 >/dev/null 2>&1; then
    need+=(fonts-liberation2)
  else
    need+=(fonts-liberation)
  fi
fi
echo "Cài đặt gói hệ thống: ${need[*]}"
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
