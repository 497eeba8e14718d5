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
  const first = (useful.split('; ')[0] ?? useful).replace(/^\((?:bound form|literary|coll\.|dialect|loanword)\) | \(bound form\)$/g, '').trim();
  return first.length > MAX_GLOSS ? `${first.slice(0, MAX_GLOSS - 1).trimEnd()}…` : first;
}

/**
 * One entry per Han character of `text`: the character, its syllable in this context and a short
 * gloss for that reading. Non-Han code points are skipped (they carry no meaning of their own).
 * Given the word's own definitions, a character gives the sense of its reading that they share
 * (信用卡 "credit card": 卡 "card", not its first sense "to stop"), else its first.
 */
export function characterBreakdown(text: string, pinyin: readonly string[], meaning: readonly string[] = []): CharacterGloss[] {
  const out: CharacterGloss[] = [];
  // The meaning's stems are needed only for a character with more than one sense: made then, once.
  let words: Map<string, number> | undefined | null = null;
  // for…of steps by code point, as Array.from does, without the array and a callback per word.
  let i = 0;
  for (const char of text) {
    if (HAN.test(char)) {
      const syllable = pinyin[i] ?? '';
      const senses = characterSenses(char, syllable);
      if (senses.length > 1 && words === null) words = meaningStems(meaning);
      out.push({ char, pinyin: syllable, gloss: glossFor(senses, words ?? undefined) });
    }
    i++;
  }
  return out;
}

/** Words too common to tie a character's sense to a word's ("to make", "a kind of", "sb's"). */
const COMMON_WORDS = new Set(
  "the and for with from into onto out off over under about one one's oneself someone something sth sb's etc also used make have get take give put set all not its his her their this that kind type way thing things place part form time day more most very such each other old new good number name between unit".split(
    ' ',
  ),
);

/** The English words of a sense worth matching on, each cut to a stem. */
function stems(sense: string): string[] {
  const out: string[] = [];
  for (const w of sense.toLowerCase().split(/[^a-z']+/)) if (w.length >= 3 && !COMMON_WORDS.has(w)) out.push(stem(w));
  return out;
}

/** Enough of an English word to meet its other forms: develop(s|ed|ing|ment), card(s). */
function stem(word: string): string {
  // The shortest head of three or more letters that one of the endings follows (as the regular
  // expression /^(.{3,}?)(?:ments?|ings?|ed|es|s)$/ finds it, without its backtracking).
  for (let i = Math.max(3, word.length - 5); i < word.length; i++) {
    if (ENDINGS.has(word.slice(i))) return word.slice(0, i);
  }
  return word;
}

const ENDINGS = new Set(['ment', 'ments', 'ing', 'ings', 'ed', 'es', 's']);

/** The word's meaning (its first three definitions) as stems, each with where it first comes; none without definitions. */
function meaningStems(meaning: readonly string[]): Map<string, number> | undefined {
  const words = new Map<string, number>();
  for (const w of meaning.slice(0, 3).flatMap(stems)) if (!words.has(w)) words.set(w, words.size);
  return words.size > 0 ? words : undefined;
}

/**
 * The character's sense that shares the earliest stem of the word's meaning (活灵活现 "living
 * spirit, … true to life": 灵 "spirit", not "to come true"), else its first sense.
 */
function glossFor(senses: readonly CharacterSense[], words: Map<string, number> | undefined): string {
  let best = senses[0];
  let bestAt = Infinity;
  if (words) {
    for (const sense of senses) {
      for (const w of sense.stems) {
        const at = words.get(w);
        if (at !== undefined && at < bestAt) [best, bestAt] = [sense, at];
      }
    }
  }
  return best?.gloss ?? '';
}

type CharacterSense = { gloss: string; stems: readonly string[] };

/**
 * The same few thousand characters recur in every text: remember their senses per reading. Keyed
 * by code point, then syllable, rather than by one joined string: the characters come fresh from
 * each word, and a Map hashes a number (or a syllable it has seen) far faster than a new string.
 */
const senseCache = new Map<number, Map<string, readonly CharacterSense[]>>();
/** Readings kept per character: a handful in practice, but a glossary may spell anything. */
const READINGS_PER_CHARACTER = 32;

/** The usual short gloss first, then each other sense of the entry for this reading, shortened alike. */
function characterSenses(char: string, syllable: string): readonly CharacterSense[] {
  const code = char.codePointAt(0) ?? 0;
  const byReading = senseCache.get(code) ?? remember(senseCache, code, new Map<string, readonly CharacterSense[]>());
  const hit = byReading.get(syllable);
  if (hit !== undefined) return hit;
  const definitions = definitionsForEntries(orderEntries(entriesFor(char), { pinyin: [syllable], tag: 'n' }).slice(0, 1));
  const first = shortGloss(definitions);
  const senses: CharacterSense[] = [{ gloss: first, stems: stems(first) }];
  for (const definition of definitions) {
    // A surname, a variant, a use in one word: not a meaning the character lends a word.
    if (/^(?:surname |used in |(?:old )?variant of |abbr\. for |also pr\. |CL:|Taiwan pr\.|\(Tw\))/.test(definition)) continue;
    for (const piece of definition.split('; ')) {
      const gloss = shortGloss([piece]);
      // 行 xíng's "conduct (Taiwan pr. xìng)" belongs to another reading.
      if (gloss && !/^(?:CL:|also pr\. |\(Tw\))|Taiwan pr\./.test(gloss) && !senses.some((s) => s.gloss === gloss)) senses.push({ gloss, stems: stems(gloss) });
    }
  }
  return remember(byReading, syllable, senses, READINGS_PER_CHARACTER);
}

/** Forgets remembered glosses and traditional forms (benchmarks of unseen text). */
export function clearCharacterCache(): void {
  senseCache.clear();
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

/** By character and syllable, as senseCache. */
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
