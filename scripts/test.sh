#!/usr/bin/env bash
# The README's test command: the Node 20 run (jest projects workspace and nest12), then the Node 22
# run (jest projects mikro-orm-7: MikroORM 7; node22 and nest12-node22: NestJS 11 and 12, Express 4
# and MikroORM 6.6 on Node 22), then the Vitest run (the store contract on Vitest's
# functions, Node 22). All always run; the exit code fails if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."

jest "$@"
node20=$?
scripts/with-node22.sh jest --selectProjects mikro-orm-7 node22 nest12-node22
node22=$?
scripts/with-node22.sh vitest run
vitest=$?

echo "== tests: Node 20 leg $([ $node20 -eq 0 ] && echo passed || echo FAILED), Node 22 leg $([ $node22 -eq 0 ] && echo passed || echo FAILED), Vitest leg $([ $vitest -eq 0 ] && echo passed || echo FAILED)"
[ $node20 -eq 0 ] && [ $node22 -eq 0 ] && [ $vitest -eq 0 ]
