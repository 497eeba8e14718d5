/**
 * Word details for the word sheet: a gloss per character (in the reading heard here),
 * the traditional form, measure words, HSK level and frequency rank.
 */
import { definitionsForEntries, entriesFor, orderEntries, readablePinyin } from './definitions';
import type { DictEntry } from './dictionary';
import { longestWords } from './pinyin/engine';
import { HAN } from './pinyin/alone';
import { remember } from './remember';
import type { CharacterGloss, MeasureWord } from './types';

const MAX_GLOSS = 60;

/** First sense, shortened to what fits under a character: "to revive; to revitalize" → "to revive". */
export function shortGloss(senses: readonly string[]): string {
  const useful = senses.find((s) => !/^(?:surname |used in )/.test(s)) ?? senses[0] ?? '';
  // "(bound form)" and similar register labels matter in a full entry, not under one character.
  const first = (useful.split('; ')[0] ?? useful).replace(/^\((?:bound form|literary|coll\.|dialect)\) /, '').trim();
  return first.length > MAX_GLOSS ? `${first.slice(0, MAX_GLOSS - 1).trimEnd()}…` : first;
}

/**
 * One entry per Han character of `text`: the character, its syllable in this context and a short
 * gloss for that reading. Non-Han code points are skipped (they carry no meaning of their own).
 */
export function characterBreakdown(text: string, pinyin: readonly string[]): CharacterGloss[] {
  const out: CharacterGloss[] = [];
  // for…of steps by code point, as Array.from does, without the array and a callback per word.
  let i = 0;
  for (const char of text) {
    if (HAN.test(char)) {
      const syllable = pinyin[i] ?? '';
      out.push({ char, pinyin: syllable, gloss: characterGloss(char, syllable) });
    }
    i++;
  }
  return out;
}

/**
 * The same few thousand characters recur in every text: remember their glosses per reading. Keyed
 * by code point, then syllable, rather than by one joined string: the characters come fresh from
 * each word, and a Map hashes a number (or a syllable it has seen) far faster than a new string.
 */
const glossCache = new Map<number, Map<string, string>>();
/** Readings kept per character: a handful in practice, but a glossary may spell anything. */
const READINGS_PER_CHARACTER = 32;

function characterGloss(char: string, syllable: string): string {
  const code = char.codePointAt(0) ?? 0;
  const byReading = glossCache.get(code) ?? remember(glossCache, code, new Map<string, string>());
  const hit = byReading.get(syllable);
  if (hit !== undefined) return hit;
  const entries = orderEntries(entriesFor(char), { pinyin: [syllable], tag: 'n' });
  return remember(byReading, syllable, shortGloss(definitionsForEntries(entries.slice(0, 1))), READINGS_PER_CHARACTER);
}

/** Forgets remembered glosses and traditional forms (benchmarks of unseen text). */
export function clearCharacterCache(): void {
  glossCache.clear();
  traditionalCache.clear();
}

/**
 * The traditional form of a word CC-CEDICT lacks (内生动力 → 內生動力, a name, a glossary phrase),
 * character by character: for each, the entry for the reading heard here, ordered as the word
 * sheet orders them (发 fà → 髮, fā → 發; 后 hòu → 後, the form written in more words).
 * Undefined when it is the same as the text (all simplified forms equal, or typed in traditional).
 */
export function traditionalByCharacter(text: string, pinyin: readonly string[]): string | undefined {
  const chars = Array.from(text);
  // Dictionary words first, split as the pinyin engine splits (长江中下游: 下游 is 下游, though 游 alone is 遊).
  let out = '';
  let i = 0;
  for (const piece of longestWords(chars)) {
    const end = i + Array.from(piece).length;
    out += end > i + 1 ? wordTraditional(piece, pinyin.slice(i, end)) : HAN.test(piece) ? characterTraditional(piece, pinyin[i] ?? '') : piece;
    i = end;
  }
  return out !== text ? out : undefined;
}

/** A dictionary word's traditional form in the reading heard, or the word itself. */
function wordTraditional(word: string, pinyin: readonly string[]): string {
  const entry = orderEntries(entriesFor(word), { pinyin, tag: 'n' }).find((e) => !isVariantSpelling(e, word));
  // A word typed in its traditional form is its own traditional form.
  return entry && entry.simplified === word && entry.traditional.length === word.length ? entry.traditional : word;
}

/** By character and syllable, as glossCache. */
const traditionalCache = new Map<string, string>();

function characterTraditional(char: string, syllable: string): string {
  const key = `${char}${syllable}`;
  const hit = traditionalCache.get(key);
  if (hit !== undefined) return hit;
  return remember(traditionalCache, key, wordTraditional(char, [syllable]));
}

export type WordFacts = {
  traditional?: string;
  measureWords?: MeasureWord[];
  hsk?: number;
  frequency?: number;
};

/**
 * An entry whose traditional form is only a variant spelling of this word (年 → 秊, "old
 * variant of 年") does not give the word's usual traditional form, even when it sorts first.
 */
function isVariantSpelling(e: DictEntry, text: string): boolean {
  return e.traditional !== text && e.senses.some((s) => /\bvariant of\b/.test(s) && s.includes(text));
}

/** Facts from the entry chosen for this occurrence (the first of `ordered`), merged over its siblings. */
export function wordFacts(text: string, ordered: readonly DictEntry[]): WordFacts {
  const first = ordered.find((e) => !isVariantSpelling(e, text)) ?? ordered[0];
  if (!first) return {};
  const facts: WordFacts = {};
  // Text typed in traditional characters already shows the traditional form.
  const traditional = first.simplified === text ? first.traditional : first.simplified === first.traditional ? undefined : first.traditional;
  if (traditional && traditional !== text) facts.traditional = traditional;
  // Made only for words that have measure words (a minority).
  let measureWords: MeasureWord[] | undefined;
  for (const e of ordered) {
    for (const cl of e.classifiers) {
      // A handful at most: a search of the list costs less than a Set made for every word.
      if (measureWords?.some((m) => m.simplified === cl.simplified)) continue;
      // Numbered in the index; tone marks for the reader.
      (measureWords ??= []).push({ ...cl, pinyin: readablePinyin(cl.pinyin) });
    }
  }
  if (measureWords) facts.measureWords = measureWords;
  const hsk = ordered.find((e) => e.hsk !== undefined)?.hsk;
  if (hsk !== undefined) facts.hsk = hsk;
  const frequency = ordered.find((e) => e.frequency !== undefined)?.frequency;
  if (frequency !== undefined) facts.frequency = frequency;
  return facts;
}
