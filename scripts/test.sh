#!/bin/sh
# Every check and test, from a fresh clone: install, build, typecheck, lint, format,
# Node tests, browser tests, Storybook build + every story in Chromium, size budgets.
set -eu
cd "$(dirname "$0")/.."
. scripts/pnpm.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step install
$PNPM install --frozen-lockfile --reporter=append-only
step "browser check"
node -e "import('./scripts/chrome.mjs').then((m) => console.log('Chromium: ' + m.chromePath()))"
step build
$PNPM run build
step typecheck
$PNPM run typecheck
step lint
$PNPM run lint
step "format check"
$PNPM run format:check
step "node tests (vitest)"
$PNPM run test:node
step "browser tests (web-test-runner, Chromium)"
$PNPM run test:browser
step "storybook build"
$PNPM run build-storybook
step "size budgets"
$PNPM run test:size
step "stories, example pages and robustness in Chromium"
$PNPM run test:pages
step "WordPress plugin in WordPress 6.1 (Debian's packages, loopback)"
$PNPM run test:wordpress
echo
echo "All checks passed."
