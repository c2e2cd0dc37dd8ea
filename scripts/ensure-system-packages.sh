#!/usr/bin/env bash
# Installs the Debian packages the tests and fixtures need, when missing:
# postgresql (throwaway test clusters), redis-server, opus-tools, espeak-ng, sox,
# chromium (the web page tests drive /usr/bin/chromium with playwright-core),
# nats-server (the bench's JetStream baseline and its smoke run in make test).
# Runs `apt-get update` at most once, and only when something is missing.
# Not root and something missing: prints what to install and exits 1.
set -euo pipefail

missing=()

# postgresql ships its binaries outside PATH, one directory per major version.
if ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
  missing+=(postgresql)
fi
command -v redis-server >/dev/null || missing+=(redis-server)
command -v redis-cli >/dev/null || missing+=(redis-tools)
command -v opusenc >/dev/null || missing+=(opus-tools)
command -v espeak-ng >/dev/null || missing+=(espeak-ng)
command -v sox >/dev/null || missing+=(sox)
[[ -x /usr/bin/chromium ]] || missing+=(chromium)

# Debian installs it in /usr/sbin, which is not on every user's PATH.
if ! command -v nats-server >/dev/null && [[ ! -x /usr/sbin/nats-server ]]; then
  missing+=(nats-server)
fi

if ((${#missing[@]} == 0)); then
  exit 0
fi

if ((EUID != 0)); then
  echo "error: missing system packages: ${missing[*]}" >&2
  echo "install them as root, then run make test again:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi

echo "installing missing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends "${missing[@]}"
