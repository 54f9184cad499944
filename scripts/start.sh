#!/bin/sh
# The demo: installs, builds, then serves the Focus 2016 report page with live data.
# PORT (default 8080) and DATA (folder of report documents) can be set.
set -eu
cd "$(dirname "$0")/.."
. scripts/pnpm.sh
$PNPM install --frozen-lockfile --reporter=silent
$PNPM run build
exec node packages/feed/bin/cst-feed.js --port "${PORT:-8080}" --data "${DATA:-packages/schema/fixtures}" \
  --static examples --static packages/widgets/dist --open-path /focus-2016/ "$@"
