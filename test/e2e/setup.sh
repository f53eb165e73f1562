#!/usr/bin/env bash
# Idempotent set-up of the editor tooling the e2e run needs:
#   - Debian packages: chromium (headless browser for the workbench), neovim (second LSP client),
#     ripgrep (seed for @vscode/ripgrep), libkrb5-dev (code-server's kerberos addon builds from source);
#     fonts-noto-cjk (the screenshots show Chinese text; without it Chromium draws empty boxes);
#   - code-server, installed from npm into .e2e-cache/ (ignored by git), with the workarounds this
#     kind of machine needs (root, no GitHub access, npm `yes=false`).
# Safe to run repeatedly: every step checks whether its result already exists.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$PWD"

# code-server 4.100.3 is the newest release whose engines accept Node 20 (it embeds VS Code 1.100.3).
CODE_SERVER_VERSION="4.100.3"
# The @vscode/ripgrep version pinned by code-server 4.100.3's lib/vscode/npm-shrinkwrap.json and
# the prebuilt tag its postinstall asks GitHub for. Change both with CODE_SERVER_VERSION.
RIPGREP_PKG_VERSION="1.15.11"
RIPGREP_TAG="v13.0.0-10"

CACHE="$ROOT/.e2e-cache"
CS_DIR="$CACHE/code-server"
CS_BIN="$CS_DIR/node_modules/code-server/out/node/entry.js"
STAMP="$CS_DIR/.installed-$CODE_SERVER_VERSION"

log() { printf '[e2e-setup] %s\n' "$*"; }
t0=$(date +%s)

# --- Debian packages ---------------------------------------------------------------------------
need=()
for pkg in chromium neovim ripgrep libkrb5-dev fonts-noto-cjk; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    need+=("$pkg")
  fi
done
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    log "missing Debian packages: ${need[*]} (run as root or install them: apt-get install ${need[*]})"
    exit 1
  fi
  log "apt-get install ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
else
  log "Debian packages present: chromium neovim ripgrep libkrb5-dev fonts-noto-cjk"
fi

# --- code-server -------------------------------------------------------------------------------
if [ -f "$STAMP" ] && [ -f "$CS_BIN" ]; then
  log "code-server $CODE_SERVER_VERSION already installed in ${CS_DIR#$ROOT/}"
else
  log "installing code-server $CODE_SERVER_VERSION into ${CS_DIR#$ROOT/} (about 75 s and 300 MB, once)"
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR" "$CACHE/tmp"
  echo '{ "name": "report-lens-e2e-tools", "private": true }' >"$CS_DIR/package.json"

  # @vscode/ripgrep's postinstall downloads rg from GitHub, which is unreachable here. It first
  # looks in $TMPDIR/vscode-ripgrep-cache-<version>/ripgrep-<tag>-<target>.tar.gz; a tarball
  # holding Debian's rg satisfies it (the postinstall only extracts `rg` from it).
  rg_cache="$CACHE/tmp/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION"
  mkdir -p "$rg_cache" "$CACHE/tmp/rg"
  cp "$(command -v rg)" "$CACHE/tmp/rg/rg"
  tar -C "$CACHE/tmp/rg" -czf "$rg_cache/ripgrep-$RIPGREP_TAG-x86_64-unknown-linux-musl.tar.gz" rg

  # unsafe_perm: code-server's postinstall refuses to run as root without it.
  # yes=true: this machine's npm config says yes=false, which cancels node-pty's `npx node-gyp`.
  # TMPDIR: where the ripgrep cache was seeded (os.tmpdir() reads it).
  (
    cd "$CS_DIR"
    export npm_config_unsafe_perm=true npm_config_yes=true TMPDIR="$CACHE/tmp"
    npm install --no-audit --no-fund --no-save --loglevel=error "code-server@$CODE_SERVER_VERSION"
  ) >"$CACHE/code-server-install.log" 2>&1 || {
    log "code-server install FAILED; last lines of ${CACHE#$ROOT/}/code-server-install.log:"
    tail -40 "$CACHE/code-server-install.log"
    exit 1
  }
  test -f "$CS_BIN" || { log "code-server entry point missing after install: $CS_BIN"; exit 1; }
  touch "$STAMP"
  log "code-server installed"
fi

log "set-up done in $(( $(date +%s) - t0 )) s"
