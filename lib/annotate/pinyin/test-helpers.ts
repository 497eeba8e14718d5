/** Shared by the pinyin tests: read a sentence through segment → readPinyin, pick a span. */
import { readPinyin } from '../pinyin';
import { segment } from '../segment';

export function spokenOf(sentence: string, target: string, occurrence = 0, which: 'pinyin' | 'citation' = 'pinyin'): string {
  const segments = segment(sentence);
  const syllables = readPinyin(segments).flatMap((r) => r[which]);
  const chars = Array.from(sentence);
  const want = Array.from(target);
  let seen = 0;
  for (let i = 0; i + want.length <= chars.length; i++) {
    if (want.every((c, k) => chars[i + k] === c)) {
      if (seen === occurrence) return syllables.slice(i, i + want.length).join(' ');
      seen++;
    }
  }
  throw new Error(`"${target}" not found in "${sentence}"`);
}
