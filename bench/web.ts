/**
 * Web benchmark for the reader: `npm run bench:web` (after `npm run build`).
 * Prints figures and ratios measured in this run, never asserts timing:
 * 1. bytes transferred loading the reader (no interaction, compressed as served) vs a bare Next.js
 *    page built with the same Next version in bench/.bare, served the same way;
 * 2. time from tap to visible word sheet in Chromium with 4× CPU slowdown (p50/p95 over 40 taps),
 *    and real touch taps timed by the browser (Event Timing) against the same words in a page
 *    with no script but a bare dialog;
 * 3. Lighthouse mobile scores on the reader when the `lighthouse` package is installed.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/chromium.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
// The same Chromium and flags as the browser tests: found, never downloaded (see scripts/chromium.mjs).
const ARGS = [...CHROMIUM_ARGS];
const CHROME = ensureChromium();

/** `next start` with the Next.js of that directory, so the page and the server share one React. */
function start(cwd: string, port: number): ChildProcess {
  return spawn(process.execPath, [path.join(cwd, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port)], {
    cwd,
    stdio: 'ignore',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not come up`);
}

/**
 * A bare App Router page, built with the Next.js this project uses. It lives outside the project
 * (Next.js would pick up our next.config.js) with hard links to our node_modules (Turbopack does
 * not follow a symlinked node_modules out of its root).
 */
function buildBare(): string {
  const dir = path.join(os.tmpdir(), 'dubao-bench-bare');
  mkdirSync(path.join(dir, 'app'), { recursive: true });
  if (!existsSync(path.join(dir, 'node_modules'))) {
    const r = spawnSync('cp', ['-al', path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules')]);
    if (r.status !== 0) throw new Error('could not link node_modules for the bare page');
  }
  writeFileSync(path.join(dir, 'package.json'), '{"name":"bare","private":true}\n');
  writeFileSync(path.join(dir, 'app', 'layout.tsx'), 'export default function L({ children }: { children: React.ReactNode }) { return <html lang="en"><body>{children}</body></html>; }\n');
  writeFileSync(path.join(dir, 'app', 'page.tsx'), 'export default function P() { return <main><h1>Hello</h1><p>A bare Next.js page.</p></main>; }\n');
  if (!existsSync(path.join(dir, '.next', 'BUILD_ID'))) {
    const r = spawnSync(process.execPath, [path.join(dir, 'node_modules/next/dist/bin/next'), 'build'], {
      cwd: dir,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (r.status !== 0) throw new Error('bare Next.js build failed');
  }
  return dir;
}

async function transferred(page: Page, url: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1500);
  return bytes;
}

/**
 * Opens the reader and scrolls through the text as a reader would: words below the first screen
 * arrive light and become full as they near the screen. Taps are then timed on a text that is all full words
 * (data-full), the steady state of reading.
 */
async function readThrough(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator('[data-reader][data-ready]').waitFor({ state: 'attached' });
  await page.evaluate(async () => {
    while (window.scrollY + innerHeight < document.documentElement.scrollHeight - 2) {
      window.scrollBy(0, innerHeight);
      await new Promise((r) => setTimeout(r, 100));
    }
    window.scrollTo(0, 0);
  });
  await page.locator('[data-reader][data-full]').waitFor({ state: 'attached' });
}

/** A phone's CPU: four times slower than this machine's. */
async function slowCpu(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

async function tapLatency(page: Page, url: string): Promise<number[]> {
  // Taps on a page that has finished loading: the text hydrates block by block in the background,
  // and a tap measured while that is still going on would time the load, not the sheet.
  await readThrough(page, url);
  await page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(null), { timeout: 5000 })));
  await slowCpu(page);
  // Warm the details file, as the learner's first touch does.
  await page.locator('[data-reader] [role=button].w').first().click();
  await page.keyboard.press('Escape');
  return page.evaluate(async () => {
    const words = Array.from(document.querySelectorAll<HTMLElement>('[data-reader] [role=button].w')).filter((_, i) => i % 37 === 0).slice(0, 40);
    const times: number[] = [];
    for (const w of words) {
      w.scrollIntoView({ block: 'center' });
      await new Promise((r) => setTimeout(r, 50));
      const t0 = performance.now();
      w.click();
      // Visible = the sheet is open and a frame has been painted with it.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const dialog = document.querySelector('dialog.word-sheet');
      if (dialog instanceof HTMLDialogElement && dialog.open) times.push(performance.now() - t0);
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
      dialog?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    }
    return times;
  });
}

/**
 * Real taps (touch events through the browser's input pipeline, as a finger would send them),
 * timed by the browser itself: the longest Event Timing duration among the tap's events (touch,
 * pointer, click), each from the moment the event happened to the next frame painted after the
 * page handled it (how Chrome's Interaction to Next Paint times an interaction). Work the page
 * defers until after that frame, such as the senses rendered once the sheet shows, is not
 * counted; the synthetic timing above does count whatever task happens to be queued before its
 * timer. Durations under 16 ms, which the API does not report, count as 16 ms. Every 37th word
 * of `[data-reader]` is tapped, up to 40, on a page already loaded.
 */
async function realTaps(page: Page): Promise<number[]> {
  await page.evaluate((TAP_EVENTS) => {
    const w = window as unknown as { __taps: number[] };
    w.__taps = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (TAP_EVENTS.includes(e.name)) w.__taps.push(e.duration);
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  }, ['pointerdown', 'touchstart', 'pointerup', 'touchend', 'click']);
  await slowCpu(page);
  const words = page.locator('[data-reader] [role=button].w');
  const count = await words.count();
  const times: number[] = [];
  for (let i = 0; i < count && times.length < 40; i += 37) {
    const word = words.nth(i);
    await word.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.waitForTimeout(100);
    // The middle of the word's first line box: a word that wraps has its bounding box's middle
    // between lines.
    const box = await word.evaluate((el) => {
      const r = el.getClientRects()[0];
      return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
    });
    if (!box) continue;
    const before = await page.evaluate(() => (window as unknown as { __taps: number[] }).__taps.length);
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await page.locator('dialog.word-sheet[open]').waitFor({ state: 'visible' });
    await page.waitForTimeout(150);
    const taps = await page.evaluate(() => (window as unknown as { __taps: number[] }).__taps);
    times.push(Math.max(16, ...taps.slice(before)));
    await page.keyboard.press('Escape');
    await page.locator('dialog.word-sheet[open]').waitFor({ state: 'hidden' });
  }
  return times;
}

/** The reader's paragraphs as lists of its word texts, once it is read through (all words full). */
async function readerWords(page: Page): Promise<string[][]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-reader] .block')).map((b) => Array.from(b.querySelectorAll('[role=button].w'), (w) => w.textContent ?? '')),
  );
}

/**
 * The baseline for real taps: the reader's own words, as many spans in as many paragraphs, in a
 * page with no framework and a bare dialog its one listener opens on the tap. What a tap costs
 * there is what this machine, its browser and a text of this size cost any page.
 */
async function bareTapPage(page: Page, paragraphs: readonly string[][]): Promise<void> {
  await page.setContent('<!doctype html><html lang="zh-Hans"><meta name="viewport" content="width=device-width"><body style="font-size:20px;line-height:2"><main data-reader></main><dialog class="word-sheet" style="position:fixed;inset:auto 0 0 0;width:100%;margin:0"><h2></h2></dialog></body></html>');
  await page.evaluate((paras) => {
    const main = document.querySelector('main');
    const dialog = document.querySelector('dialog');
    if (!main || !dialog) return;
    for (const words of paras) {
      const p = document.createElement('p');
      p.className = 'block';
      for (const text of words) {
        const w = document.createElement('span');
        w.className = 'w';
        w.setAttribute('role', 'button');
        w.tabIndex = 0;
        w.textContent = text;
        p.append(w);
      }
      main.append(p);
    }
    main.addEventListener('touchend', (e) => {
      const w = e.target instanceof Element ? e.target.closest('.w') : null;
      if (!w) return;
      e.preventDefault();
      const h = dialog.querySelector('h2');
      if (h) h.textContent = w.textContent;
      dialog.open = true;
    });
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') dialog.open = false;
    });
  }, paragraphs);
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;

async function main() {
  if (!existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) throw new Error('Run `npm run build` first.');
  const bare = buildBare();
  const app = start(ROOT, 3401);
  const baseline = start(bare, 3402);
  try {
    await Promise.all([waitFor('http://127.0.0.1:3401/en'), waitFor('http://127.0.0.1:3402/')]);
    const browser = await chromium.launch({ executablePath: CHROME, args: ARGS });
    const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
    const reader = 'http://127.0.0.1:3401/en/read/liaoyuan-longshan';
    const ours = await transferred(await (await browser.newContext(phone)).newPage(), reader);
    const theirs = await transferred(await (await browser.newContext(phone)).newPage(), 'http://127.0.0.1:3402/');
    console.log(`reader bytes transferred: ${(ours / 1024).toFixed(1)} KiB | bare Next.js page: ${(theirs / 1024).toFixed(1)} KiB | ratio ${(ours / theirs).toFixed(3)}× (goal ≤ 1.6×)`);
    const times = await tapLatency(await (await browser.newContext(phone)).newPage(), reader);
    console.log(`tap → visible sheet, 4× CPU slowdown, ${times.length} taps: p50 ${pct(times, 50).toFixed(1)} ms | p95 ${pct(times, 95).toFixed(1)} ms (goal p95 ≤ 50 ms) [synthetic click, timed to a timer after the next frame]`);
    const readerPage = await (await browser.newContext(phone)).newPage();
    await readThrough(readerPage, reader);
    const paragraphs = await readerWords(readerPage);
    const painted = await realTaps(readerPage);
    const barePage = await (await browser.newContext(phone)).newPage();
    await bareTapPage(barePage, paragraphs);
    const floor = await realTaps(barePage);
    console.log(
      `tap → next paint with the sheet, 4× CPU slowdown, ${painted.length} real taps [Event Timing]: reader p50 ${pct(painted, 50).toFixed(0)} ms | p95 ${pct(painted, 95).toFixed(0)} ms` +
        ` vs the same ${paragraphs.flat().length.toLocaleString('en')} words with no script but a bare dialog p50 ${pct(floor, 50).toFixed(0)} ms | p95 ${pct(floor, 95).toFixed(0)} ms → p95 ${(pct(painted, 95) / pct(floor, 95)).toFixed(2)}×`,
    );
    await browser.close();
    // The bare page's score on this machine is the baseline: Lighthouse's simulated phone scales
    // the main-thread time it observes here, so a slow shared host lowers every page's score.
    await lighthouse('bare Next.js page', 'http://127.0.0.1:3402/');
    await lighthouse('reader', reader);
  } finally {
    app.kill();
    baseline.kill();
  }
}

/** Lighthouse runs per page: the median by performance score, as Lighthouse's own docs advise on a noisy host. */
const LIGHTHOUSE_RUNS = 3;

type LighthouseReport = { categories: Record<string, { score: number }>; audits: Record<string, { numericValue?: number }> };

async function lighthouse(label: string, url: string): Promise<void> {
  const bin = path.join(ROOT, 'node_modules', '.bin', 'lighthouse');
  if (!existsSync(bin)) {
    console.log('Lighthouse: skipped (install with `npm i -D -E lighthouse@12.2.3` to measure performance, accessibility and layout shift)');
    return;
  }
  const reports: LighthouseReport[] = [];
  let failure = '';
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    const r = spawnSync(bin, [url, '--quiet', '--output=json', '--output-path=stdout', '--only-categories=performance,accessibility', `--chrome-path=${CHROME}`, `--chrome-flags=--headless=new ${ARGS.join(' ')}`], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    try {
      const report: LighthouseReport = JSON.parse(r.stdout);
      if (typeof report.categories.performance?.score === 'number') reports.push(report);
    } catch {
      failure = r.stderr.slice(0, 300);
    }
  }
  if (reports.length === 0) {
    console.log(`Lighthouse failed: ${failure}`);
    return;
  }
  const scores = reports.map((r) => r.categories.performance?.score ?? 0);
  reports.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
  const report = reports[Math.floor(reports.length / 2)] as LighthouseReport;
  const audit = (id: string) => report.audits[id]?.numericValue ?? NaN;
  console.log(
    `Lighthouse mobile, ${label} (median of ${reports.length} runs: ${scores.join(', ')}): performance ${report.categories.performance?.score} (goal ≥ 0.95) | accessibility ${report.categories.accessibility?.score} (goal 1) | CLS ${audit('cumulative-layout-shift')} (goal 0) | TBT ${Math.round(audit('total-blocking-time'))} ms | LCP ${Math.round(audit('largest-contentful-paint'))} ms`,
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
