/**
 * A compact wire form for the reader's word table: one line per word, fields separated by tabs
 * (text, pinyin, traditional, dictionary pinyin). Thousands of small JSON objects would otherwise
 * dominate the page's payload.
 */
import type { ReaderDocument, ReaderWord } from './types';

export type PackedDocument = Omit<ReaderDocument, 'words' | 'details'> & { words: string };

export function packWords(words: readonly ReaderWord[]): string {
  return words
    .map((w) => [w.text, w.pinyin.join(' '), w.traditional ?? '', w.citationPinyin?.join(' ') ?? ''].join('\t').replace(/\t+$/, ''))
    .join('\n');
}

export function unpackWords(packed: string): ReaderWord[] {
  if (packed === '') return [];
  return packed.split('\n').map((line) => {
    const [text = '', pinyin = '', traditional = '', citation = ''] = line.split('\t');
    // One syllable per code point; non-Han code points have "" (consecutive spaces survive split).
    const word: ReaderWord = { text, pinyin: pinyin.split(' ') };
    if (traditional) word.traditional = traditional;
    if (citation) word.citationPinyin = citation.split(' ');
    return word;
  });
}

export function packDocument(document: ReaderDocument): PackedDocument {
  const { details: _details, words, ...rest } = document;
  return { ...rest, words: packWords(words) };
}

export function unpackDocument(packed: PackedDocument): ReaderDocument {
  return { ...packed, words: unpackWords(packed.words) };
}
