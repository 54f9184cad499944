import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** The Chromium to test with: CHROME_PATH, else a system install. Exits with advice when none. */
export function chromePath() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    fail(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v google-chrome'], {
      encoding: 'utf8',
    }).trim();
  } catch {
    fail('No Chromium found.');
  }
}

function fail(reason) {
  console.error(
    `\n${reason}\nThe browser tests need Chromium or Chrome. Install it (Debian/Ubuntu: apt-get install -y chromium)\n` +
      'or point CHROME_PATH at one: CHROME_PATH=/path/to/chrome npm test\n',
  );
  process.exit(3);
}

// Chromium keeps its profile and cache under a temp folder, never in the home folder.
const profile = mkdtempSync(join(tmpdir(), 'cst-chromium-'));
process.env.XDG_CONFIG_HOME ??= profile;
process.env.XDG_CACHE_HOME ??= profile;

/** Flags that keep Chromium quiet on a closed network and work as root. */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];
