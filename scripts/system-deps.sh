#!/usr/bin/env bash
# System packages for the full test suite: Chromium (browser tests), PostgreSQL
# (store tests against a real server), Java (Spark in local mode).
# Skipped when not root (e.g. a developer laptop): those tests then skip.
set -euo pipefail
packages=(chromium postgresql default-jre-headless)
if [ "$(id -u)" != 0 ]; then
  echo "system-deps: not root, skipping apt packages: ${packages[*]}" >&2
  exit 0
fi
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "system-deps: installing ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
