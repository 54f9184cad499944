#!/bin/sh
# The demo: installs, builds, then serves the Focus 2016 report page (the seed's figures, which
# never change) and the live dashboard, whose document the simulator evolves, through the
# reference feed (documents, Server-Sent Events, the simulator). PORT (default 8080) and
# DATA (a folder of report documents) can be set; extra arguments go to cst-feed.
set -eu
cd "$(dirname "$0")/.."
. scripts/pnpm.sh
$PNPM install --frozen-lockfile --reporter=silent
$PNPM run build
PORT="${PORT:-8080}"
echo "Demo: open http://127.0.0.1:${PORT}/focus-2016/ (live dashboard: /live/, minimal embed: /minimal/)"
# Only what the pages use is published: each example page's folder, the bundle, and Bootstrap
# Italia's dist (never examples/node_modules, whose links lead into the install).
exec node packages/feed/bin/cst-feed.js --port "$PORT" --data "${DATA:-packages/schema/fixtures}" \
  --static /focus-2016=examples/focus-2016 --static /live=examples/live --static /minimal=examples/minimal \
  --static /embed=examples/embed --static /shared=examples/shared \
  --static packages/widgets/dist \
  --static /vendor/bootstrap-italia=examples/node_modules/bootstrap-italia/dist "$@"
