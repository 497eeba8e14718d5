/**
 * Search over saved words by characters (simplified or traditional), pinyin in any of the ways
 * people type it ("dongshizhang", "dǒngshìzhǎng", "dong3 shi4", "dǒng shì"), or English.
 */
import { splitTone, toNumbered, toToneless } from './pinyin';
import type { VocabularyEntry } from './types';

const HAN = /\p{Script=Han}/u;
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/i;

type Keys = { toneless: string; numbered: string; marked: string; english: string };

function keysOf(entry: VocabularyEntry): Keys {
  return {
    toneless: toToneless(entry.pinyin),
    numbered: toNumbered(entry.pinyin, '').toLowerCase().replace(/u:/g, 'v'),
    marked: entry.pinyin.join('').normalize('NFC').toLowerCase(),
    english: entry.definitions.join(' / ').toLowerCase(),
  };
}

/**
 * "dong shi4" names the tone of 事 only: any tone may follow a letter the query gives no number for.
 * Only letters and digits reach the pattern, so nothing needs escaping beyond that filter.
 */
function numberedPattern(query: string): RegExp {
  const safe = query.replace(/[^a-z1-5]/g, '');
  return new RegExp([...safe].map((ch, i) => (/\d/.test(ch) || /\d/.test(safe[i + 1] ?? '') ? ch : `${ch}[1-5]?`)).join(''));
}

/** A matcher for one query; an empty query matches everything. */
export function matcher(query: string): (entry: VocabularyEntry) => boolean {
  const q = query.normalize('NFC').trim().toLowerCase();
  if (q === '') return () => true;
  if (HAN.test(q)) {
    const chars = q.replace(/\s+/g, '');
    return (e) => e.simplified.includes(chars) || e.traditional.includes(chars);
  }
  const compact = q.replace(/[\s'’-]+/g, '');
  const hasMarks = TONE_MARK.test(compact);
  const hasNumbers = /[a-zü:]\d/.test(compact);
  // "lü4", "lu:4" and "lv4" all mean 绿.
  const numbered = numberedPattern(compact.replace(/ü|u:/g, 'v').replace(/(?<=[a-z])0/g, '5'));
  const toneless = [...compact].map((ch) => splitTone(ch).base).join('').replace(/ü|u:|v/g, 'u');
  return (e) => {
    const k = keysOf(e);
    if (hasMarks) return k.marked.includes(compact);
    if (hasNumbers) return numbered.test(k.numbered);
    return k.toneless.includes(toneless) || k.english.includes(q);
  };
}

export function searchEntries(entries: readonly VocabularyEntry[], query: string): VocabularyEntry[] {
  return entries.filter(matcher(query));
}
