#!/usr/bin/env bash
# Install the Debian packages a build needs: chromium (PDF printing, browser checks), fonts with Latin and
# CJK coverage, poppler-utils (pdftotext/pdffonts for the PDF checks). Quick no-op when all are present.
set -euo pipefail

PACKAGES=(chromium fonts-dejavu-core fonts-wqy-zenhei poppler-utils)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing Debian packages: ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "error: these Debian packages are missing: ${missing[*]}" >&2
    echo "What to do: run as root, or ask an administrator to run: apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
