/**
 * A compact wire form for the reader's word table: one line per word, fields separated by tabs
 * (text, pinyin, traditional, dictionary pinyin). Thousands of small JSON objects would otherwise
 * dominate the page's payload.
 */
import { blockId, sentenceId } from './prepare';
import type { ReaderBlock, ReaderDocument, ReaderWord } from './types';

/** A block whose ids are left out where they are the ones its position gives (p3, p3-s1, …). */
type PackedBlock = Omit<ReaderBlock, 'id' | 'sentences'> & { id?: string; sentences: (Omit<ReaderBlock['sentences'][number], 'id'> & { id?: string })[] };

export type PackedDocument = Omit<ReaderDocument, 'words' | 'details' | 'blocks'> & { words: string; blocks: PackedBlock[] };

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

/** Blocks without the ids their position gives: every sentence carried them, most of a kilobyte. */
function packBlocks(blocks: readonly ReaderBlock[]): PackedBlock[] {
  return blocks.map(({ id, sentences, ...block }, b) => {
    const packed: PackedBlock = { ...block, sentences: sentences.map(({ id: sid, ...s }, i) => (sid === sentenceId(id, i) ? s : { id: sid, ...s })) };
    if (id !== blockId(b)) packed.id = id;
    return packed;
  });
}

function unpackBlocks(blocks: readonly PackedBlock[]): ReaderBlock[] {
  return blocks.map(({ id: given, sentences, ...block }, b) => {
    const id = given ?? blockId(b);
    return { id, ...block, sentences: sentences.map(({ id: sid, ...s }, i) => ({ id: sid ?? sentenceId(id, i), ...s })) };
  });
}

export function packDocument(document: ReaderDocument): PackedDocument {
  const { details: _details, words, blocks, ...rest } = document;
  return { ...rest, blocks: packBlocks(blocks), words: packWords(words) };
}

export function unpackDocument(packed: PackedDocument): ReaderDocument {
  return { ...packed, blocks: unpackBlocks(packed.blocks), words: unpackWords(packed.words) };
}
