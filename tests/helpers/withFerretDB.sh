#!/usr/bin/env bash
# Runs a command with a throwaway FerretDB (the MongoDB wire protocol over SQLite) on loopback,
# exported as TEST_MONGODB_URI with MONGODB_COMPAT=ferretdb; stops it afterwards, also on failure.
#   bash tests/helpers/withFerretDB.sh npm test
# The binary (tests/ferretdb: FerretDB v1.24.2 from the Go module proxy, embedded) is built once
# per machine and source version, and cached.
set -euo pipefail
source_dir="$(cd "$(dirname "$0")/../ferretdb" && pwd)"
key=$(cat "$source_dir/go.mod" "$source_dir/go.sum" "$source_dir/main.go" | sha256sum | cut -c1-12)
bin="${XDG_CACHE_HOME:-$HOME/.cache}/mpp-jabar/ferretdb-lane-$key"
if [ ! -x "$bin" ]; then
  echo "Building FerretDB for the MongoDB lane (once per machine)…"
  mkdir -p "$(dirname "$bin")"
  (cd "$source_dir" && go build -o "$bin.partial" . && mv "$bin.partial" "$bin")
fi

state=$(mktemp -d)
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
"$bin" -sqlite-url="file:$state/" -listen-addr="127.0.0.1:$port" >"$state/ferretdb.log" 2>&1 &
pid=$!
stop() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$state"
}
trap stop EXIT

export TEST_MONGODB_URI="mongodb://127.0.0.1:$port/"
export MONGODB_COMPAT=ferretdb
for _ in $(seq 1 60); do
  if node -e "require('mongodb').MongoClient.connect(process.env.TEST_MONGODB_URI,{serverSelectionTimeoutMS:1000}).then(c=>c.db('admin').command({ping:1}).then(()=>c.close()))" 2>/dev/null; then
    break
  fi
  kill -0 "$pid" 2>/dev/null || { cat "$state/ferretdb.log" >&2; echo "FerretDB did not start" >&2; exit 1; }
  sleep 1
done
echo "FerretDB answers on 127.0.0.1:$port"
"$@"
