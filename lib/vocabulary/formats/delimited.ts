/**
 * RFC 4180 quoting for any one-character delimiter (comma for CSV, tab for Anki): a field is
 * quoted when it holds the delimiter, a quote, CR or LF, and quotes inside are doubled. Anki's
 * importer reads the same quoting, so sentences with tabs or line breaks survive too.
 */
import type { SaveWordInput } from '../types';
import { formatPinyinField } from './pinyin-field';
import { formatSourceRef } from './source-ref';

export function quoteField(field: string, delimiter: string): string {
  return field.includes(delimiter) || /["\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

export function formatRow(fields: readonly string[], delimiter: string): string {
  return fields.map((f) => quoteField(f, delimiter)).join(delimiter);
}

/** Rows of fields; throws on an unterminated quote (a damaged file). Blank lines are skipped. */
export function parseDelimited(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endRow = () => {
    row.push(field);
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
    field = '';
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      endRow();
      i += 1;
    } else if (ch === '\n' || ch === '\r') endRow();
    else field += ch;
    i += 1;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/**
 * Senses joined with "; " as a person reads them on a card. Many CC-CEDICT senses hold "; "
 * themselves ("to bind; to tie up"): they are not escaped (a card would show "to bind\; to tie
 * up"), so reading the field back splits them finer. The backup keeps every sense exactly.
 */
export function joinSenses(senses: readonly string[]): string {
  return senses.join('; ');
}

/** The senses of a meaning field; "\;" and "\\" (written by earlier versions) stand for ";" and "\" inside a sense. */
export function splitSenses(text: string): string[] {
  if (text === '') return [];
  const senses: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\' && (text[i + 1] === ';' || text[i + 1] === '\\')) {
      current += text[i + 1];
      i += 1;
    } else if (ch === ';') {
      senses.push(current);
      current = '';
      if (text[i + 1] === ' ') i += 1;
    } else current += ch;
  }
  senses.push(current);
  return senses;
}

/**
 * The seven columns Anki and CSV share, in this order: simplified, traditional, pinyin, meaning,
 * sentence, sentence translation, source.
 */
export function wordColumns(e: SaveWordInput): string[] {
  return [
    e.simplified,
    e.traditional,
    formatPinyinField(e.simplified, e.pinyin),
    joinSenses(e.definitions),
    e.sentence.zh,
    e.sentence.en,
    formatSourceRef(e.source, e.paragraphId),
  ];
}
