/**
 * The pinyin column of Anki and CSV exports: tone-marked syllables separated by spaces
 * ("dǒng shì zhǎng"), one per Han character. Non-Han characters (the A of A股) have no syllable
 * in the column and get their "" back from the word itself. Should a word break that rule, every
 * code point is written, "_" standing for an empty reading, so the list still splits back exactly.
 */
const HAN = /\p{Script=Han}/u;

function followsHanRule(simplified: string, pinyin: readonly string[]): boolean {
  const chars = [...simplified];
  return chars.length === pinyin.length && chars.every((ch, i) => HAN.test(ch) === (pinyin[i] !== ''));
}

export function formatPinyinField(simplified: string, pinyin: readonly string[]): string {
  if (followsHanRule(simplified, pinyin)) return pinyin.filter((s) => s !== '').join(' ');
  return pinyin.map((s) => (s === '' ? '_' : s)).join(' ');
}

export function parsePinyinField(simplified: string, field: string): string[] | undefined {
  const syllables = field.trim() === '' ? [] : field.trim().split(/\s+/);
  const chars = [...simplified];
  const hanCount = chars.filter((ch) => HAN.test(ch)).length;
  if (syllables.length === hanCount && !syllables.includes('_')) {
    let next = 0;
    return chars.map((ch) => (HAN.test(ch) ? (syllables[next++] ?? '') : ''));
  }
  if (syllables.length === chars.length) return syllables.map((s) => (s === '_' ? '' : s));
  return undefined;
}
