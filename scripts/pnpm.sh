# Sourced by the other scripts: sets PNPM to a pnpm 10, fetched through npm when none is installed.
if command -v pnpm >/dev/null 2>&1 && pnpm --version 2>/dev/null | grep -q '^10\.'; then
  PNPM=pnpm
else
  PNPM="npx --yes pnpm@10.34.9"
fi
export PNPM
