#!/bin/sh
# The demo: installs, builds, then serves the Focus 2016 report page with live data through
# the reference feed (documents, Server-Sent Events, the simulator). PORT (default 8080) and
# DATA (a folder of report documents) can be set; extra arguments go to cst-feed.
set -eu
cd "$(dirname "$0")/.."
. scripts/pnpm.sh
$PNPM install --frozen-lockfile --reporter=silent
$PNPM run build
PORT="${PORT:-8080}"
echo "Demo: open http://127.0.0.1:${PORT}/focus-2016/ (minimal embed: /minimal/)"
exec node packages/feed/bin/cst-feed.js --port "$PORT" --data "${DATA:-packages/schema/fixtures}" \
  --static examples --static packages/widgets/dist \
  --static /vendor/bootstrap-italia=examples/node_modules/bootstrap-italia/dist "$@"
