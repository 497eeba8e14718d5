/**
 * Turns annotated blocks (a shipped article, or tokens from POST /api/annotate) into the compact
 * ReaderDocument the reader renders: words deduplicated into one table, every block and sentence
 * given a stable id for links ("#p12") and translation toggles. Pure: runs on the server for
 * articles and in the browser for a learner's own text.
 */
import type { Token } from '@/lib/annotate/types';
import type { BlockType } from '@/lib/content/types';
import type { ReaderBlock, ReaderDocument, ReaderSentence, ReaderToken, ReaderWord, ReadingSource, WordDetail } from './types';

export type InputBlock = { type: BlockType; sentences: { zh: string; en: string; tokens: Token[] }[] };

const HAN = /\p{Script=Han}/u;

function detailOf(token: Token): WordDetail {
  const d: WordDetail = { text: token.text, pinyin: token.pinyin, definitions: token.definitions };
  if (token.traditional && token.traditional !== token.text) d.traditional = token.traditional;
  if (token.citationPinyin && token.citationPinyin.join(' ') !== token.pinyin.join(' ')) d.citationPinyin = token.citationPinyin;
  if (token.characters && token.characters.length > 1) d.characters = token.characters;
  if (token.measureWords?.length) d.measureWords = token.measureWords;
  if (token.hsk !== undefined) d.hsk = token.hsk;
  if (token.frequency !== undefined) d.frequency = token.frequency;
  if (token.note) d.note = token.note;
  if (token.kind) d.kind = token.kind;
  return d;
}

/** The printed part of a detail. */
export function wordOf(d: WordDetail): ReaderWord {
  const w: ReaderWord = { text: d.text, pinyin: d.pinyin };
  if (d.traditional) w.traditional = d.traditional;
  if (d.citationPinyin) w.citationPinyin = d.citationPinyin;
  return w;
}

export function blockId(index: number): string {
  return `p${index + 1}`;
}

export function sentenceId(block: string, index: number): string {
  return `${block}-s${index + 1}`;
}

/** Builds the document with its details table; `words` is that table's printed part. */
export function prepareDocument(source: ReadingSource, input: readonly InputBlock[]): ReaderDocument & { details: WordDetail[] } {
  const details: WordDetail[] = [];
  const byKey = new Map<string, number>();
  const blocks = input.map((block, b): ReaderBlock => {
    const id = blockId(b);
    return {
      id,
      type: block.type,
      sentences: block.sentences.map((s, i) => ({
        id: sentenceId(id, i),
        en: s.en,
        tokens: s.tokens.map((t) => {
          if (!HAN.test(t.text)) return t.text;
          // The same characters can be read and glossed differently in context, so the key
          // includes the reading and the leading sense.
          const key = `${t.text}\u0000${t.pinyin.join(' ')}\u0000${t.definitions[0] ?? ''}`;
          let index = byKey.get(key);
          if (index === undefined) {
            index = details.push(detailOf(t)) - 1;
            byKey.set(key, index);
          }
          return index;
        }),
      })),
    };
  });
  return { source, blocks, words: details.map(wordOf), details };
}

export function tokenText(document: Pick<ReaderDocument, 'words'>, token: ReaderToken): string {
  return typeof token === 'number' ? (document.words[token]?.text ?? '') : token;
}

/** Every sentence with its Chinese and translation, for the word sheet's "save with sentence". */
export function sentencesOf(document: Pick<ReaderDocument, 'blocks' | 'words'>): ReaderSentence[] {
  return document.blocks.flatMap((b) =>
    b.sentences.map(({ id, en, tokens }) => ({ id, zh: tokens.map((t) => tokenText(document, t)).join(''), en })),
  );
}

/** The document without its details, for shipped articles whose details are fetched from `url`. */
export function withoutDetails(document: ReaderDocument, url: string): ReaderDocument {
  const { details: _details, ...rest } = document;
  return { ...rest, detailsUrl: url };
}
