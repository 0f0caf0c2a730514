#!/usr/bin/env bash
# The README's screenshots (docs/images/console-*.png): the browser test's flow, saving the main pages.
set -euo pipefail
cd "$(dirname "$0")/../../.."
mkdir -p docs/images
ROSTER_CONSOLE_SCREENSHOTS="$PWD/docs/images" npx jest --selectProjects browser
