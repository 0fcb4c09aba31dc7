#!/usr/bin/env bash
# Fails when the committed schema extract or generated query types are stale: regenerates
# them and compares with what was there before.
set -euo pipefail
cd "$(dirname "$0")/.."
before=$(cat sanity/schema.json sanity/types.ts | sha1sum)
npm run --silent typegen >/dev/null
after=$(cat sanity/schema.json sanity/types.ts | sha1sum)
if [ "$before" != "$after" ]; then
  echo "sanity/schema.json or sanity/types.ts was stale and has been regenerated: commit the result." >&2
  exit 1
fi
echo "Sanity TypeGen output is up to date."
