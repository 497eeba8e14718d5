/**
 * Plain CSV for spreadsheets: RFC 4180 (comma, CRLF, doubled quotes), UTF-8 with a byte-order
 * mark because Excel otherwise reads the file as the system code page and garbles the Chinese.
 */
import type { SaveWordInput, VocabularyEntry } from '../types';
import { formatRow, parseDelimited, splitSenses, wordColumns } from './delimited';
import { parsePinyinField } from './pinyin-field';
import { parseSourceRef } from './source-ref';

export const CSV_COLUMNS = [
  'Simplified',
  'Traditional',
  'Pinyin',
  'Meaning',
  'Sentence',
  'Sentence translation',
  'Source',
  'HSK',
  'Known',
  'Saved',
];

const BOM = '\uFEFF';

export function toCsv(entries: readonly VocabularyEntry[]): string {
  const rows = entries.map((e) =>
    formatRow(
      [
        ...wordColumns(e),
        e.hsk === undefined ? '' : String(e.hsk),
        e.known ? 'yes' : 'no',
        e.savedAt,
      ],
      ',',
    ),
  );
  return BOM + [formatRow(CSV_COLUMNS, ','), ...rows].join('\r\n') + '\r\n';
}

export function isCsvExport(text: string): boolean {
  return text.replace(/^\uFEFF/, '').startsWith(formatRow(CSV_COLUMNS, ','));
}

export type CsvWord = SaveWordInput & { known: boolean; savedAt: string };

/** The words of one of our CSV files; throws with the row number on a row that is not ours. */
export function parseCsv(text: string): CsvWord[] {
  const [, ...rows] = parseDelimited(text.replace(/^\uFEFF/, ''), ',');
  return rows.map((fields, i) => {
    const [simplified = '', traditional = '', pinyin = '', meaning = '', zh = '', en = '', source = '', hsk = '', known = '', savedAt = ''] =
      fields;
    const syllables = parsePinyinField(simplified, pinyin);
    const where = parseSourceRef(source);
    const level = hsk === '' ? undefined : Number(hsk);
    if (fields.length !== CSV_COLUMNS.length || !syllables || !where || (level !== undefined && !Number.isInteger(level)) || !/^(yes|no)$/.test(known)) {
      throw new Error(`row ${i + 2}`);
    }
    return {
      simplified,
      traditional,
      pinyin: syllables,
      definitions: splitSenses(meaning),
      sentence: { zh, en },
      ...where,
      ...(level === undefined ? {} : { hsk: level }),
      known: known === 'yes',
      savedAt,
    };
  });
}
