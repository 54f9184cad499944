import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../../scripts/chrome.mjs';

/** Launches the local Chromium headless, with the project's quiet flags. */
export function launchBrowser() {
  return puppeteer.launch({ executablePath: chromePath(), headless: true, args: chromeArgs });
}
