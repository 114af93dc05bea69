// Launches Debian's Chromium through playwright-core. We never download a browser:
// if Chromium is missing the tests fail here with a message saying how to install it.
import { existsSync } from 'node:fs';
import { type Browser, type BrowserServer, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps calling home, which floods
// the closed network of the sandbox and CI.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

function requireChromium(): string {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. The browser tests need it: ` +
        `install it with "apt-get update && apt-get install -y chromium" (Debian), ` +
        `or point CHROMIUM_PATH at a Chromium binary.`,
    );
  }
  return CHROMIUM_PATH;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS, headless: true });
}

export function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: requireChromium(), args: CHROMIUM_ARGS, headless: true });
}

export function connectBrowser(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}
