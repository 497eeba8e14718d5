/**
 * Pleco's flashcard import text: `//category` lines, then `simplified[traditional]<TAB>pinyin<TAB>definition`.
 * Pinyin is numbered and unspaced (dong3shi4zhang3), which Pleco reads reliably; senses are joined
 * with "; ". One category per reading under "Dúbào", so the cards stay grouped by article.
 */
import { toNumbered } from '../pinyin';
import type { VocabularyEntry } from '../types';

export const PLECO_ROOT = 'Dúbào';

/** Pleco treats "/" in a category as nesting and a tab as a field break. */
const clean = (text: string) => text.replace(/[\t\r\n]+/g, ' ').replace(/\//g, '／').trim();

export function toPleco(entries: readonly VocabularyEntry[]): string {
  const byCategory = new Map<string, VocabularyEntry[]>();
  for (const e of entries) {
    const category = `//${PLECO_ROOT}/${clean(e.source.title) || e.source.kind}`;
    byCategory.set(category, [...(byCategory.get(category) ?? []), e]);
  }
  const lines: string[] = [];
  for (const [category, words] of byCategory) {
    lines.push(category);
    for (const w of words) {
      const headword = w.traditional && w.traditional !== w.simplified ? `${w.simplified}[${w.traditional}]` : w.simplified;
      lines.push([clean(headword), toNumbered(w.pinyin, ''), clean(w.definitions.join('; '))].join('\t'));
    }
  }
  return lines.join('\n') + '\n';
}

export type PlecoCard = { category: string; simplified: string; traditional: string; pinyin: string; definition: string };

/** Reads a Pleco file back (tests, and a sanity check of what Pleco will see). */
export function parsePleco(text: string): PlecoCard[] {
  let category = '';
  const cards: PlecoCard[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('//')) category = line.slice(2);
    else if (line.trim() !== '') {
      const [head = '', pinyin = '', definition = ''] = line.split('\t');
      const m = /^([^[]+)(?:\[([^\]]+)\])?$/.exec(head);
      cards.push({ category, simplified: m?.[1] ?? head, traditional: m?.[2] ?? m?.[1] ?? head, pinyin, definition });
    }
  }
  return cards;
}
