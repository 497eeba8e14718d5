/**
 * Small pinyin helpers for the browser: the annotation engine (lib/annotate) is server-only, and
 * vocabulary only needs to move tone marks around, never to look words up.
 */

const MARKED: Record<string, [base: string, tone: number]> = {};
for (const [base, marks] of Object.entries({
  a: 'āáǎà',
  e: 'ēéěè',
  i: 'īíǐì',
  o: 'ōóǒò',
  u: 'ūúǔù',
  ü: 'ǖǘǚǜ',
})) {
  [...marks].forEach((mark, i) => {
    MARKED[mark] = [base, i + 1];
    MARKED[mark.toUpperCase()] = [base.toUpperCase(), i + 1];
  });
}

/** "zhǎng" → { base: "zhang", tone: 3 }; "de" → tone 5 (neutral). NFC input expected. */
export function splitTone(syllable: string): { base: string; tone: number } {
  let tone = 5;
  let base = '';
  for (const ch of syllable.normalize('NFC')) {
    const marked = MARKED[ch];
    if (marked) {
      base += marked[0];
      tone = marked[1];
    } else base += ch;
  }
  return { base, tone };
}

/** ["dǒng", "shì", "zhǎng"] → "dong3 shi4 zhang3" (Pleco, Anki users, search). Non-Han entries are skipped. */
export function toNumbered(pinyin: readonly string[], separator = ' '): string {
  return pinyin
    .filter((s) => s !== '')
    .map((s) => {
      const { base, tone } = splitTone(s);
      return `${base.replace(/ü/g, 'u:').replace(/Ü/g, 'U:')}${tone}`;
    })
    .join(separator);
}

/** ["dǒng", "shì", "zhǎng"] → "dongshizhang"; ü becomes u (what people type without an IME). */
export function toToneless(pinyin: readonly string[]): string {
  return pinyin
    .map((s) => splitTone(s).base)
    .join('')
    .replace(/ü/gi, 'u')
    .toLowerCase();
}

/**
 * The written form of a word's reading: syllables joined, with an apostrophe before a syllable
 * that starts with a vowel (Xī'ān), as dictionaries print it.
 */
export function displayPinyin(pinyin: readonly string[]): string {
  return pinyin
    .filter((s) => s !== '')
    .map((s, i) => (i > 0 && /^[aeoāáǎàēéěèōóǒò]/i.test(s) ? `'${s}` : s))
    .join('');
}
