/**
 * Browser tests: playwright-core driving Debian's Chromium (`/usr/bin/chromium`; `.ci/run`
 * installs it). Without it the tests skip with a message, except in CI (`CI=true`), where a
 * missing browser is a failure. One browser per test file; every page runs under the real CSP.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { RunningSystem } from '../../bin/system.ts';
import { startInProcess, tempDataDir } from '../support/system.ts';

export const CHROMIUM = '/usr/bin/chromium';
const inCi = process.env.CI === 'true' || process.env.CI === '1';

/** True when the browser tests should run; logs why not otherwise. */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (inCi) return true; // launch() then fails loudly: CI must run them.
  console.warn(
    `browser tests skipped: ${CHROMIUM} is missing (apt-get install -y chromium); CI=true makes them run`,
  );
  return false;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Tab {
  context: BrowserContext;
  page: Page;
  /** Every script error and CSP violation seen on the page (an XSS attempt shows up here). */
  problems: string[];
}

/** A page in a new context (its own cookies); `options` set e.g. the time zone and the locale. */
export async function newTab(
  browser: Browser,
  viewport = { width: 1280, height: 900 },
  options: BrowserContextOptions = {},
): Promise<Tab> {
  const context = await browser.newContext({ ...options, viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { context, page, problems };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** axe-core in the page (injected over the DevTools protocol, not as a page script). */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  // A string, evaluated in the page: the test's TypeScript has no DOM types.
  const violations = (await page.evaluate(
    "axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)",
  )) as AxeViolation[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export async function signIn(page: Page, url: string, secret: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel(/API key|Website token/).fill(secret);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForLoadState('domcontentloaded');
}

/** The whole system in process on a temporary data directory, and one browser, for a test file. */
export interface BrowserRig {
  system: RunningSystem;
  browser: Browser;
  /** The REST API's and the pages' base URL. */
  base: string;
}

/** Starts the rig before the file's tests and stops it after them; read it inside tests only. */
export function useBrowserRig(): BrowserRig {
  const rig: Partial<BrowserRig> = {};
  let data: ReturnType<typeof tempDataDir> | undefined;
  beforeAll(async () => {
    data = tempDataDir();
    rig.system = await startInProcess(data.dir);
    rig.base = `http://127.0.0.1:${rig.system.httpPort}`;
    rig.browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await rig.browser?.close();
    await rig.system?.stop();
    data?.remove();
  });
  // Filled in by beforeAll, which vitest runs before any test of the file reads it.
  return rig as BrowserRig;
}
