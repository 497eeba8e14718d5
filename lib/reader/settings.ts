/**
 * Reader settings, kept in localStorage and mirrored as data attributes on <html> so that CSS
 * applies them. public/reader-settings.js applies the stored values before first paint (nothing
 * flashes: a blocking script in <head>, served from our origin, which the CSP allows); this module
 * is the typed side used by the settings panel. Keep the two in step (a unit test checks it). That
 * script also remembers a word tapped before the reader's code has loaded (a slow phone), which the
 * reader opens as soon as it is ready instead of losing the tap. It is kept short, comments
 * included: every page loads it before its first paint.
 * Validated by hand rather than with zod: this runs in the browser, where zod would add ~30 kB.
 */

export const STORAGE_KEY = 'dubao-settings';

export const FONT_SIZES = [1, 2, 3, 4, 5] as const;

const CHOICES = {
  size: FONT_SIZES,
  script: ['simplified', 'traditional'],
  tones: [true, false],
  pinyin: ['off', 'all', 'unknown'],
  sandhi: ['spoken', 'dictionary'],
  theme: ['system', 'light', 'dark'],
  /** auto: beside the text on wide screens, hidden on phones until asked for. */
  translations: ['auto', 'all', 'none'],
} as const;

type Choices = typeof CHOICES;
export type Settings = { [K in keyof Choices]: Choices[K][number] };

export const DEFAULT_SETTINGS: Settings = {
  size: 3,
  script: 'simplified',
  tones: true,
  pinyin: 'off',
  sandhi: 'spoken',
  theme: 'system',
  translations: 'auto',
};

function pick<K extends keyof Choices>(key: K, value: unknown): Settings[K] {
  const allowed: readonly unknown[] = CHOICES[key];
  const isAllowed = (v: unknown): v is Settings[K] => allowed.includes(v);
  return isAllowed(value) ? value : DEFAULT_SETTINGS[key];
}

/** Reads whatever is stored; unknown or damaged values fall back to defaults one by one. */
export function parseSettings(raw: string | null): Settings {
  let value: unknown = null;
  try {
    value = raw ? JSON.parse(raw) : null;
  } catch {
    value = null;
  }
  const get = (key: string): unknown => (value && typeof value === 'object' ? Reflect.get(value, key) : undefined);
  return {
    size: pick('size', get('size')),
    script: pick('script', get('script')),
    tones: pick('tones', get('tones')),
    pinyin: pick('pinyin', get('pinyin')),
    sandhi: pick('sandhi', get('sandhi')),
    theme: pick('theme', get('theme')),
    translations: pick('translations', get('translations')),
  };
}

/** The attributes <html> carries for a set of settings. */
export function htmlAttributes(s: Settings, prefersDark: boolean): Record<string, string> {
  return {
    'data-size': String(s.size),
    'data-script': s.script,
    'data-tones': s.tones ? 'on' : 'off',
    'data-pinyin': s.pinyin,
    'data-sandhi': s.sandhi,
    'data-translations': s.translations,
    'data-theme': s.theme === 'system' ? (prefersDark ? 'dark' : 'light') : s.theme,
  };
}
