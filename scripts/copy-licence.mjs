// prepack: puts the repository's LICENSE into the package being packed (the folder it runs in),
// so every published package carries the licence text; the copies are not committed.
import { copyFileSync } from 'node:fs';

copyFileSync(new URL('../LICENSE', import.meta.url), 'LICENSE');
