// Finds a Chromium for the browser tests without ever downloading one:
// CHROME_PATH, then the system's Chromium, then Playwright's own cache. On Debian as root it
// installs Debian's chromium (and CJK fonts, or Chinese renders as empty boxes); anywhere else it
// stops and says how to get one.
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

function playwrightCache() {
  const root = process.env.PLAYWRIGHT_BROWSERS_PATH || path.join(os.homedir(), '.cache', 'ms-playwright');
  if (!existsSync(root)) return undefined;
  for (const dir of readdirSync(root).filter((d) => d.startsWith('chromium')).sort().reverse()) {
    for (const bin of ['chrome-linux/chrome', 'chrome-linux64/chrome', 'chrome-headless-shell-linux64/chrome-headless-shell']) {
      const candidate = path.join(root, dir, bin);
      if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

function find() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no file is there.`);
  }
  return SYSTEM.find((p) => existsSync(p)) ?? playwrightCache();
}

const isDebian = () => existsSync('/etc/debian_version');
const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function hasCjkFont() {
  try {
    return /CJK|WenQuanYi|Source Han/i.test(execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }));
  } catch {
    return false;
  }
}

function aptInstall(packages) {
  console.log(`Installing Debian packages: ${packages.join(' ')}`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${packages.join(' ')}`, {
    stdio: 'inherit',
  });
}

/** Returns the path of a Chromium, installing Debian's when that is allowed; throws with advice otherwise. */
export function ensureChromium() {
  let found = find();
  const needFonts = isDebian() && isRoot() && !hasCjkFont();
  if (!found && isDebian() && isRoot()) {
    aptInstall(['chromium', ...(needFonts ? ['fonts-noto-cjk'] : [])]);
    found = find();
  } else if (needFonts) {
    aptInstall(['fonts-noto-cjk']);
  }
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Set CHROME_PATH to a Chromium or Chrome binary, ' +
        'or install one (Debian/Ubuntu: `sudo apt-get install chromium fonts-noto-cjk`; macOS: install Google Chrome ' +
        'and set CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome").',
    );
  }
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const bin = ensureChromium();
    console.log(bin);
    console.log(readFileSync('/dev/null', 'utf8') || execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim());
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
