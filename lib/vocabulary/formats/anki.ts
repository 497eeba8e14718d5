/**
 * Anki notes as a tab-separated text file. The `#` header lines are Anki's own (Anki ≥ 2.1.55
 * reads them: separator, plain text rather than HTML, and column names it maps to note fields).
 * Fields that hold a tab, quote or line break are quoted; Anki's importer understands that.
 */
import type { SaveWordInput, VocabularyEntry } from '../types';
import { formatRow, parseDelimited, splitSenses, wordColumns } from './delimited';
import { parsePinyinField } from './pinyin-field';
import { parseSourceRef } from './source-ref';

export const ANKI_COLUMNS = ['Simplified', 'Traditional', 'Pinyin', 'Meaning', 'Sentence', 'Sentence translation', 'Source'];

const HEADER = ['#separator:tab', '#html:false', `#columns:${ANKI_COLUMNS.join('\t')}`];

export function toAnki(entries: readonly VocabularyEntry[]): string {
  const rows = entries.map((e) => formatRow(wordColumns(e), '\t'));
  return [...HEADER, ...rows].join('\n') + '\n';
}

export function isAnkiExport(text: string): boolean {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/, 3);
  return lines[0] === HEADER[0] && lines[2] === HEADER[2];
}

/** The words of one of our Anki files; throws with the line number on a row that is not ours. */
export function parseAnki(text: string): Omit<SaveWordInput, 'hsk'>[] {
  // Drop the header lines only: splitting the whole text would touch line breaks inside quoted fields.
  let body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < HEADER.length && body.startsWith('#'); i++) body = body.slice(body.indexOf('\n') + 1 || body.length);
  return parseDelimited(body, '\t').map((fields, i) => {
    const [simplified = '', traditional = '', pinyin = '', meaning = '', zh = '', en = '', source = ''] = fields;
    const syllables = parsePinyinField(simplified, pinyin);
    const where = parseSourceRef(source);
    if (fields.length !== ANKI_COLUMNS.length || !syllables || !where) throw new Error(`row ${i + 1}`);
    return { simplified, traditional, pinyin: syllables, definitions: splitSenses(meaning), sentence: { zh, en }, ...where };
  });
}
