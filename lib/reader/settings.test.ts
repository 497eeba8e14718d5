import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, htmlAttributes, parseSettings, type Settings } from './settings';

/** Runs public/reader-settings.js against a fake document and returns the attributes it set. */
function prepaint(stored: string | null, prefersDark = false): Record<string, string> {
  const attrs: Record<string, string> = {};
  const classes = new Set<string>();
  const documentElement = {
    setAttribute: (k: string, v: string) => (attrs[k] = v),
    classList: { toggle: (c: string, on: boolean) => (on ? classes.add(c) : classes.delete(c)) },
  };
  const code = readFileSync(path.join(process.cwd(), 'public', 'reader-settings.js'), 'utf8');
  runInNewContext(code, {
    localStorage: { getItem: () => stored },
    document: { documentElement, addEventListener: () => {}, querySelector: () => null },
    window: { matchMedia: true },
    matchMedia: () => ({ matches: prefersDark }),
    JSON,
    String,
  });
  return attrs;
}

describe('reader settings', () => {
  it('falls back to defaults for missing or damaged storage, value by value', () => {
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('not json')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('{"size":9,"pinyin":"all"}')).toEqual({ ...DEFAULT_SETTINGS, pinyin: 'all' });
  });

  it('the pre-paint script sets exactly the attributes the app sets, so nothing changes after load', () => {
    const cases: [Settings, boolean][] = [
      [DEFAULT_SETTINGS, false],
      [{ size: 5, script: 'traditional', tones: false, pinyin: 'unknown', sandhi: 'dictionary', theme: 'system', translations: 'all' }, true],
      [{ ...DEFAULT_SETTINGS, theme: 'dark', translations: 'none' }, false],
    ];
    for (const [settings, dark] of cases) {
      expect(prepaint(JSON.stringify(settings), dark)).toEqual(htmlAttributes(settings, dark));
    }
    expect(prepaint('{"size":"huge"}')).toEqual(htmlAttributes(DEFAULT_SETTINGS, false));
  });
});
