#!/usr/bin/env bash
# Makes Debian's Chromium available for the browser tests and exports its
# path in DM_CHROMIUM_PATH. Source it:
#
#   . scripts/chromium.sh
#
# Playwright's own browser download does not work on these machines, so the
# tests drive the system Chromium. Installs the package when it is missing
# (needs root, as on CI machines). Idempotent.

dm_chromium_setup() {
  local path="${DM_CHROMIUM_PATH:-/usr/bin/chromium}"
  if [ ! -x "$path" ]; then
    if [ "$(id -u)" != 0 ]; then
      printf '[chromium] %s is missing and installing it needs root (apt-get install chromium).\n' "$path" >&2
      return 1
    fi
    printf '[chromium] installing Chromium from Debian'"'"'s packages\n' >&2
    apt-get update -qq >&2 &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2 || return 1
  fi
  if [ ! -x "$path" ]; then
    printf '[chromium] %s is still missing after installing the chromium package.\n' "$path" >&2
    return 1
  fi
  export DM_CHROMIUM_PATH="$path"
}

dm_chromium_setup
