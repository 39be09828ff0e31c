#!/usr/bin/env bash
# System packages for the full test suite. Skipped when not root (e.g. a developer laptop).
set -euo pipefail
packages=()
if [ "$(id -u)" != 0 ]; then
  echo "system-deps: not root, skipping apt packages" >&2
  exit 0
fi
if [ ${#packages[@]} -gt 0 ]; then
  missing=()
  for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  fi
fi
