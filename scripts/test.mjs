// `npm test`: typecheck, lint, unit tests (Vitest), production build, browser tests (Playwright).
// Every step runs even when an earlier one fails, so one run shows everything that is wrong;
// the exit code is non-zero when any step failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';

mkdirSync('test-results', { recursive: true });
const results = [];

function run(name, command, args, env = {}) {
  console.log(`\n━━ ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  results.push({ name, ok, seconds: Math.round((Date.now() - started) / 1000) });
  return ok;
}

function counts(file, read) {
  if (!existsSync(file)) return undefined;
  try {
    return read(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return undefined;
  }
}

run('typecheck', 'npm', ['run', '--silent', 'typecheck']);
run('lint', 'npm', ['run', '--silent', 'lint']);
run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json']);
const built = run('build', 'npm', ['run', '--silent', 'build']);

let chrome;
try {
  chrome = ensureChromium();
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
}
if (built && chrome) {
  run('browser tests', 'npx', ['playwright', 'test', '--reporter=list,json'], {
    CHROME_PATH: chrome,
    PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/playwright.json',
  });
} else {
  results.push({ name: 'browser tests', ok: false, seconds: 0 });
  console.error(built ? 'Browser tests skipped: no Chromium.' : 'Browser tests skipped: the build failed.');
}

const unit = counts('test-results/vitest.json', (j) => ({ passed: j.numPassedTests, failed: j.numFailedTests }));
const e2e = counts('test-results/playwright.json', (j) => ({ passed: j.stats.expected + j.stats.flaky, failed: j.stats.unexpected }));

console.log('\n━━ Summary');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds}s)`);
if (unit) console.log(`unit: ${unit.passed} passed, ${unit.failed} failed`);
if (e2e) console.log(`browser: ${e2e.passed} passed, ${e2e.failed} failed`);
const passed = (unit?.passed ?? 0) + (e2e?.passed ?? 0);
const failedTests = (unit?.failed ?? 0) + (e2e?.failed ?? 0);
const failedSteps = results.filter((r) => !r.ok).length;
// The plain closing line CI reads: a failed step (typecheck, lint, build) counts as a failure too.
console.log(`${passed} passed, ${failedTests + (failedTests === 0 ? failedSteps : 0)} failed`);
process.exit(failedSteps > 0 ? 1 : 0);
