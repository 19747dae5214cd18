#!/usr/bin/env bash
# Installs what Canvas3D needs from the system and a fresh machine lacks: Chromium, which the renderer drives
# (Debian's package; Playwright's own browser downloads cannot work offline). Safe to run again: it installs
# nothing that is already there. Used by the README's first command and by .ci/run.
set -euo pipefail

if [ -n "${CHROMIUM_PATH:-}" ] || command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || command -v google-chrome >/dev/null 2>&1; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-system: Chromium is missing and this is not a Debian/Ubuntu machine; install Chromium and set CHROMIUM_PATH" >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "install-system: run as root, or install sudo, to apt-get install chromium" >&2
    exit 1
  fi
fi
echo "install-system: installing chromium (apt-get)" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
