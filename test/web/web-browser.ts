/**
 * Debian's chromium driven by playwright-core for the web page tests: a fake
 * microphone playing a speech WAV, fresh profile per launch, teardown
 * registered at once. `npx playwright install` does not work here; `make
 * test` installs the chromium package (scripts/ensure-system-packages.sh).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { tempDir, type Teardowns } from '../helpers/router-fixture.js';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'test-artifacts', 'web');

const run = promisify(execFile);

/** Why the browser tests cannot run, or undefined when chromium is installed. */
export function chromiumMissing(): string | undefined {
  if (existsSync(CHROMIUM_PATH)) return undefined;
  return (
    `${CHROMIUM_PATH} is missing: the web page tests need Debian's chromium. ` +
    'Install it with `apt-get install -y chromium` (make test does it through scripts/ensure-system-packages.sh).'
  );
}

/** fixtures/speech.ogg decoded to a 48 kHz WAV for --use-file-for-fake-audio-capture. */
export async function speechWav(t: Teardowns): Promise<string> {
  const dir = await tempDir(t, 'voxring-web-');
  const wav = path.join(dir, 'speech.wav');
  await run('opusdec', ['--quiet', path.join(REPO_ROOT, 'fixtures', 'speech.ogg'), wav]);
  return wav;
}

/** Launches headless chromium with a fake microphone; closed in teardown. */
export async function launchBrowser(t: Teardowns, micWav: string): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-audio-capture=${micWav}`,
      '--autoplay-policy=no-user-gesture-required',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  t.teardown(() => browser.close());
  return browser;
}

/** A fresh browser context (own storage, microphone allowed) with the page open; page errors collected. */
export async function openPage(
  browser: Browser,
  url: string,
  options: {
    viewport?: { width: number; height: number };
    /** Globals (e.g. `AudioEncoder`) deleted in every page of the context before its scripts run. */
    hideGlobals?: string[];
  } = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    permissions: ['microphone'],
    viewport: options.viewport ?? { width: 1000, height: 700 },
  });
  if (options.hideGlobals) {
    await context.addInitScript((names: string[]) => {
      const scope = globalThis as unknown as Record<string, unknown>;
      for (const name of names) delete scope[name];
    }, options.hideGlobals);
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url);
  return { page, errors };
}

/** Signs up (or logs in) through the page's form and waits for the WebSocket to be online. */
export async function signIn(
  page: Page,
  username: string,
  password: string,
  action: 'signup' | 'login',
): Promise<void> {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.locator(`#login-form button[value="${action}"]`).click();
  await page.waitForFunction(
    () =>
      (globalThis as unknown as Partial<DebugGlobal>).voxringDebug?.connectionState === 'online',
  );
}

/** Saves a screenshot under test-artifacts/web/ and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** The counters web/debug.js publishes (only what the tests read). */
export interface VoxringDebug {
  connectionState: string;
  connects: number;
  reconnects: number;
  timelineRequests: number;
  encoder: string;
  decoder: string;
  chunksSent: number;
  maxLevel: number;
  messagesSent: number;
  sent: { messageId: string; chunkCount: number; state: string }[];
  monitoredCount: number;
  framesReceived: number;
  framesDecoded: number;
  decodeErrors: number;
  buffersScheduled: number;
  catchUpsStarted: number;
  caughtUp: number;
  historyPlaysStarted: number;
  historyPlaysEnded: number;
  heardSent: string[];
  maxPlayLevel: number;
  lastError: string;
  streams: Record<
    string,
    { received: number; decoded: number; mode: string; maxRate: number; peak: number; rms: number }
  >;
  dropConnection(): void;
}

/** The page's global object as the tests see it (no DOM types here): cast `globalThis` to it inside evaluate(). */
export interface DebugGlobal {
  voxringDebug: VoxringDebug;
}

/** A snapshot of the page's debug counters. */
export function debugOf(page: Page): Promise<VoxringDebug> {
  return page.evaluate(
    () =>
      JSON.parse(
        JSON.stringify((globalThis as unknown as DebugGlobal).voxringDebug),
      ) as VoxringDebug,
  );
}
