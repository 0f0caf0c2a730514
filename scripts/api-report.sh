#!/usr/bin/env bash
# The API reports (packages/*/api/*.api.md) of every published entry point, from the built .d.ts
# (run `pnpm build` first). `--local` (pnpm api:update) rewrites the reports; without it
# (pnpm api:check) api-extractor fails when a report differs from the committed one, or on a warning.
set -euo pipefail
cd "$(dirname "$0")/.."
failed=()
for config in packages/*/api-extractor*.json; do
  dir=$(dirname "$config")
  mkdir -p "$dir/api"
  echo "== api-extractor: $config"
  if ! (cd "$dir" && ../../node_modules/.bin/api-extractor run "$@" -c "$(basename "$config")"); then
    failed+=("$config")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "API report problems in: ${failed[*]}" >&2
  [ "${1:-}" = "--local" ] || echo "If the change is intended: pnpm build && pnpm api:update, and commit packages/*/api/." >&2
  exit 1
fi
