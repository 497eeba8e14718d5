/**
 * CC-CEDICT lookups over the compact index built by `npm run build:dict`.
 *
 * The index is one UTF-8 buffer of tab-separated rows sorted by simplified form, an order
 * sorted by traditional form, and a hash table over each; a lookup is a hash probe that compares
 * the query with row bytes in place, and rows become objects only when asked for. Memory stays at the size of the file (~10 MB), not an object per entry.
 * Loaded lazily, once per process. If the index is missing it is built in-process (slow once).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildDictionary,
  defaultBuildPaths,
  FORMATTED_MARK,
  INDEX_VERSION,
  indexPaths,
  keyEquals,
  keyHash,
  SLOT_PLACE_BITS,
  SLOT_PLACE_MASK,
  slotTag,
  type IndexFile,
} from './dictionary-build';
import { pieceSenseKey, type PiecePosition } from './piece-senses';
import { decodeAlone } from './pinyin/alone';
import type { MeasureWord } from './types';

export type DictEntry = {
  traditional: string;
  simplified: string;
  /** CC-CEDICT numbered pinyin, e.g. "zhen4 xing1"; "u:" stands for ü; capitalised for proper nouns. */
  pinyin: string;
  /** Raw CC-CEDICT senses, in dictionary order (classifier lists moved to `classifiers`). */
  senses: string[];
  /** Measure words from the CL: field; `pinyin` numbered like the entry's. */
  classifiers: MeasureWord[];
  /** HSK level (1–6) of the simplified word, when it is on the list. */
  hsk?: number;
  /** Rank in the BCC corpus word-frequency list (1 = most common), when listed. */
  frequency?: number;
  /** For a one-character entry: how many longer CC-CEDICT words are written with its traditional form. */
  uses?: number;
};

type LoadedIndex = {
  /** `dictionary-rows.txt` as bytes: UTF-8 keeps it at ~10 MB, half of a JS string. */
  rows: Buffer;
  /** Byte offset where row i starts; `starts[n]` is the end of the file. */
  starts: Uint32Array;
  byTraditional: Uint32Array;
  /** Hash tables (see buildHashTable): 1 + first row of a simplified key; 1 + first place in byTraditional of a traditional key. */
  simplifiedSlots: Uint32Array;
  traditionalSlots: Uint32Array;
  surnames: ReadonlySet<string>;
  doubleSurnames: ReadonlySet<string>;
  givenNameChars: ReadonlySet<string>;
  /** See ./piece-senses. */
  pieceSenses: ReadonlyMap<string, string>;
  jiebaDictFile: string;
  tags: JiebaTags;
};

/** `jieba-tags.bin` (see encodeJiebaTags): lines "word\ttag\tfrequency", their byte offsets, a hash table. */
type JiebaTags = { text: Buffer; starts: Uint32Array; slots: Uint32Array };

/** Common given-name characters no name in CC-CEDICT or jieba's dictionary uses (萱, 姣). */
const EXTRA_GIVEN_NAME_CHARS = '萱姣';

function readJiebaTags(file: string): JiebaTags | undefined {
  const raw = readFileSync(/*turbopackIgnore: true*/ file);
  const head = new Uint32Array(2);
  new Uint8Array(head.buffer).set(raw.subarray(0, 8));
  const [n = 0, m = 0] = head;
  const words = 4 * (2 + n + 1 + m);
  if (raw.length < words) return undefined;
  // Copy into an aligned buffer: a Uint32Array view needs a byte offset divisible by 4.
  const table = new Uint32Array(words / 4);
  new Uint8Array(table.buffer).set(raw.subarray(0, words));
  const text = raw.subarray(words);
  if (table[2 + n] !== text.length) return undefined;
  return { text, starts: table.subarray(2, 3 + n), slots: table.subarray(3 + n) };
}

let loaded: LoadedIndex | undefined;

/** Where the index lives; `DICTIONARY_DIR` lets a deployment put it elsewhere. */
export function dictionaryDir(): string {
  return process.env.DICTIONARY_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), '.build');
}

function isIndexFile(v: unknown): v is IndexFile {
  if (typeof v !== 'object' || v === null) return false;
  return (
    Reflect.get(v, 'version') === INDEX_VERSION &&
    typeof Reflect.get(v, 'rowCount') === 'number' &&
    typeof Reflect.get(v, 'surnames') === 'string' &&
    typeof Reflect.get(v, 'doubleSurnames') === 'string' &&
    typeof Reflect.get(v, 'givenNameChars') === 'string' &&
    Array.isArray(Reflect.get(v, 'pieceSenses'))
  );
}

function readIndex(dir: string): LoadedIndex | undefined {
  const files = indexPaths(dir);
  if (![files.index, files.rows, files.offsets, files.jieba, files.tags].every((f) => existsSync(/*turbopackIgnore: true*/ f))) return undefined;
  const meta: unknown = JSON.parse(readFileSync(/*turbopackIgnore: true*/ files.index, 'utf8'));
  if (!isIndexFile(meta)) return undefined;
  const rows = readFileSync(/*turbopackIgnore: true*/ files.rows);
  const raw = readFileSync(/*turbopackIgnore: true*/ files.offsets);
  // Copy into an aligned buffer: a Uint32Array view needs a byte offset divisible by 4.
  const table = new Uint32Array(raw.byteLength / 4);
  new Uint8Array(table.buffer).set(raw);
  const n = table[0] ?? 0;
  const m = table[2 * n + 2] ?? 0;
  if (n !== meta.rowCount || table.length !== 2 * n + 3 + 2 * m || table[n + 1] !== rows.length) return undefined;
  const tags = readJiebaTags(files.tags);
  if (!tags) return undefined;
  const doubles = new Set<string>();
  const ds = [...meta.doubleSurnames];
  for (let i = 0; i + 1 < ds.length; i += 2) doubles.add(`${ds[i]}${ds[i + 1]}`);
  return {
    rows,
    starts: table.subarray(1, n + 2),
    byTraditional: table.subarray(n + 2, 2 * n + 2),
    simplifiedSlots: table.subarray(2 * n + 3, 2 * n + 3 + m),
    traditionalSlots: table.subarray(2 * n + 3 + m),
    surnames: new Set(meta.surnames),
    doubleSurnames: doubles,
    // (With the few common ones no name in the data happens to use: 萱 of 紫萱, 芷萱.)
    givenNameChars: new Set([...meta.givenNameChars, ...EXTRA_GIVEN_NAME_CHARS]),
    pieceSenses: new Map(meta.pieceSenses),
    jiebaDictFile: files.jieba,
    tags,
  };
}

/**
 * Reads the index, allowing for another process (`npm run build:dict`) renaming its four files
 * into place right now: a mismatch between them is retried briefly before concluding the index
 * is missing, so a rebuild elsewhere never triggers a second, in-process one.
 */
function readIndexPatiently(dir: string): LoadedIndex | undefined {
  const files = indexPaths(dir);
  for (let attempt = 0; ; attempt++) {
    let index: LoadedIndex | undefined;
    try {
      index = readIndex(dir);
    } catch {
      // Unreadable (e.g. an older format): treated like a mismatch below.
    }
    const anyFile = [files.index, files.rows, files.offsets].some((f) => existsSync(/*turbopackIgnore: true*/ f));
    if (index || !anyFile || attempt >= 10) return index;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
  }
}

function load(): LoadedIndex {
  if (loaded) return loaded;
  const dir = dictionaryDir();
  let index = readIndexPatiently(dir);
  if (!index) {
    console.warn(`annotate: no usable dictionary index in ${dir}; building it now (run \`npm run build:dict\` at build time)`);
    buildDictionary({ ...defaultBuildPaths(), outDir: dir });
    index = readIndex(dir);
    if (!index) throw new Error(`annotate: could not build the dictionary index in ${dir}`);
  }
  loaded = index;
  return loaded;
}

/** Loads the index now (e.g. at server start) instead of on the first request. */
export function warmDictionary(): void {
  load();
}

function rowText(ix: LoadedIndex, row: number): string {
  const start = ix.starts[row] ?? 0;
  const end = (ix.starts[row + 1] ?? start + 1) - 1;
  return ix.rows.toString('utf8', start, end);
}

const TAB = 9;

/** Byte offset of a row's traditional form (column 1). */
function traditionalStart(ix: LoadedIndex, row: number): number {
  let i = ix.starts[row] ?? 0;
  while ((ix.rows[i] ?? TAB) !== TAB) i++;
  return i + 1;
}

/** Byte offset of the key at `place`: a row's simplified form, or the traditional form of byTraditional[place]. */
function keyStart(ix: LoadedIndex, traditional: boolean, place: number): number {
  return traditional ? traditionalStart(ix, ix.byTraditional[place] ?? 0) : (ix.starts[place] ?? 0);
}

/** The first place (a row, or a place in byTraditional) whose key is `word`, or -1. */
function firstPlace(ix: LoadedIndex, traditional: boolean, word: string, hash: number): number {
  const slots = traditional ? ix.traditionalSlots : ix.simplifiedSlots;
  const mask = slots.length - 1;
  const tag = slotTag(hash);
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const entry = slots[slot] ?? 0;
    if (entry === 0) return -1;
    if (entry >>> SLOT_PLACE_BITS !== tag) continue;
    const place = (entry & SLOT_PLACE_MASK) - 1;
    if (keyEquals(ix.rows, keyStart(ix, traditional, place), word)) return place;
  }
}

/** Rows whose simplified (or traditional) form is `word`: equal keys are adjacent in either order. */
function rowsFor(ix: LoadedIndex, traditional: boolean, word: string, hash: number): number[] {
  const out: number[] = [];
  const first = firstPlace(ix, traditional, word, hash);
  if (first < 0) return out;
  const end = ix.byTraditional.length;
  for (let place = first; place < end && keyEquals(ix.rows, keyStart(ix, traditional, place), word); place++) {
    out.push(traditional ? (ix.byTraditional[place] ?? 0) : place);
  }
  return out;
}

function parseClassifiers(field: string): MeasureWord[] {
  if (!field) return [];
  return field.split(';').flatMap((item) => {
    const [simplified, traditional, pinyin] = item.split('|');
    return simplified && traditional && pinyin !== undefined ? [{ simplified, traditional, pinyin }] : [];
  });
}

const NO_ENTRIES: readonly Readonly<DictEntry>[] = Object.freeze([]);

/**
 * A parsed row: the public entry, and what the build worked out about it (see ROW_COLUMNS) in
 * private fields, which keep it looking like a plain DictEntry to callers and tests. (A WeakMap
 * beside each entry did the same, but an insertion per new entry cost more than parsing it.)
 */
class ParsedEntry implements DictEntry {
  traditional: string;
  simplified: string;
  pinyin: string;
  senses: string[];
  classifiers: MeasureWord[];
  declare hsk?: number;
  declare frequency?: number;
  declare uses?: number;
  /** Undefined when formatting leaves the senses as they are (most rows): then they are the senses. */
  readonly #finished: readonly string[] | undefined;
  readonly #variantOf: string;
  readonly #aloneSimplified: string;
  readonly #aloneTraditional: string;

  constructor(line: string) {
    const [simplified = '', traditional = '', pinyin = '', senses = '', cl = '', hsk = '', rank = '', formatted = '', variantOf = '', aloneSimplified = '', aloneTraditional = '', uses = ''] =
      line.split('\t');
    this.traditional = traditional;
    this.simplified = simplified;
    this.pinyin = pinyin;
    this.senses = senses ? senses.split('\u001f') : [];
    this.classifiers = parseClassifiers(cl);
    if (hsk) this.hsk = Number(hsk);
    if (rank) this.frequency = Number(rank);
    const readable = formatted.startsWith(FORMATTED_MARK) ? formatted.slice(FORMATTED_MARK.length) : undefined;
    this.#finished = readable === undefined ? undefined : Object.freeze(readable ? readable.split('\u001f') : []);
    this.#variantOf = variantOf;
    this.#aloneSimplified = aloneSimplified;
    this.#aloneTraditional = aloneTraditional;
    if (uses) this.uses = Number(uses);
  }

  finishedSenses(): readonly string[] {
    return this.#finished ?? this.senses;
  }

  variantOf(): string {
    return this.#variantOf;
  }

  /** The stored alone reading of `word`, one of this entry's two forms. */
  storedAlone(word: string): string | undefined {
    return this.simplified === word ? this.#aloneSimplified : this.traditional === word ? this.#aloneTraditional : undefined;
  }
}

/** An entry's senses as a reader sees them (cross-references followed), from the build; undefined for entries not from lookup(). */
export function finishedSenses(entry: DictEntry): readonly string[] | undefined {
  return entry instanceof ParsedEntry ? entry.finishedSenses() : undefined;
}

/** The word every sense of the entry calls it a variant of ("" if none); undefined for entries not from lookup(). */
export function variantOf(entry: DictEntry): string | undefined {
  return entry instanceof ParsedEntry ? entry.variantOf() : undefined;
}

/**
 * pinyin-pro's reading of a headword asked about alone (see ./pinyin/alone), as the build stored
 * it; undefined for words CC-CEDICT lacks or where nothing was stored.
 */
export function storedAlone(word: string): (string | null)[] | undefined {
  const entry = sharedEntries(word)[0];
  const stored = entry instanceof ParsedEntry ? entry.storedAlone(word) : undefined;
  return entry && stored !== undefined ? decodeAlone(stored, entry.pinyin) : undefined;
}

/**
 * Every CC-CEDICT entry whose simplified or traditional form is `word`, in dictionary order
 * (simplified matches first). Empty for unknown words; never throws.
 */
export function lookup(word: string): DictEntry[] {
  return [...sharedEntries(word)];
}

/** lookup() without the copy: the cached list itself, for the engine's own callers, which only read it. */
export function sharedEntries(word: string): readonly Readonly<DictEntry>[] {
  if (!word) return NO_ENTRIES;
  const cached = cache.get(word);
  if (cached) return cached;
  const ix = load();
  // Both tables hash keys the same way: hashed once for both.
  const hash = keyHash(word);
  const rows = rowsFor(ix, false, word, hash);
  for (const r of rowsFor(ix, true, word, hash)) if (!rows.includes(r)) rows.push(r);
  const entries = rows.length === 0 ? NO_ENTRIES : rows.map((r) => Object.freeze(new ParsedEntry(rowText(ix, r))));
  remember(word, entries);
  return entries;
}

/**
 * Words repeat constantly in running text (的, 发展, 一 …), and a word's details look up each of
 * its characters again: a bounded cache of parsed entries makes repeats free without keeping
 * the whole dictionary as objects.
 */
const CACHE_LIMIT = 30_000;
const cache = new Map<string, readonly Readonly<DictEntry>[]>();

/** Empties the parsed-entry cache (benchmarks; memory is bounded anyway). */
export function clearDictionaryCache(): void {
  cache.clear();
}

function remember(word: string, entries: readonly Readonly<DictEntry>[]): void {
  if (cache.size >= CACHE_LIMIT) {
    // Drop the oldest tenth; Map iteration follows insertion order.
    let n = CACHE_LIMIT / 10;
    for (const key of cache.keys()) {
      cache.delete(key);
      if (--n <= 0) break;
    }
  }
  cache.set(word, entries);
}

/** Whether `word` is a CC-CEDICT headword (simplified or traditional). */
export function hasWord(word: string): boolean {
  if (!word) return false;
  const cached = cache.get(word);
  if (cached) return cached.length > 0;
  const ix = load();
  const hash = keyHash(word);
  if (firstPlace(ix, false, word, hash) >= 0 || firstPlace(ix, true, word, hash) >= 0) return true;
  // Misses are as common as hits (the name recogniser asks about guesses): cache them too.
  remember(word, NO_ENTRIES);
  return false;
}

/** The first sense of the word's everyday (lowercase) entry in CC-CEDICT, "" for none. */
export function everydaySense(word: string): string {
  return sharedEntries(word).find((e) => /^[a-z]/.test(e.pinyin))?.senses[0] ?? '';
}

/** Surname data for the name recogniser in segment.ts. */
export function nameData(): {
  surnames: ReadonlySet<string>;
  doubleSurnames: ReadonlySet<string>;
  givenNameChars: ReadonlySet<string>;
} {
  const ix = load();
  return { surnames: ix.surnames, doubleSurnames: ix.doubleSurnames, givenNameChars: ix.givenNameChars };
}

/**
 * The part of a CC-CEDICT sense (as CC-CEDICT writes it) that `entry`, a character's, most likely
 * means as the first or the last character of a word the dictionary lacks, where that is not its
 * first sense (see ./piece-senses); undefined otherwise.
 */
export function pieceSense(char: string, position: PiecePosition, entry: Pick<DictEntry, 'traditional' | 'pinyin'>): string | undefined {
  return load().pieceSenses.get(pieceSenseKey(char, position, entry.traditional, entry.pinyin));
}

/**
 * The tag jieba's tag() gives `word` when it is in jieba's dictionary (the build's extended one);
 * undefined otherwise.
 */
export function jiebaTag(word: string): string | undefined {
  const at = jiebaLine(word);
  if (at < 0) return undefined;
  const { text } = load().tags;
  return text.toString('ascii', at, text.indexOf(TAB, at));
}

/** How often jieba's dictionary counts `word` (its own units; 0 when it lacks the word). */
export function jiebaFrequency(word: string): number {
  const at = jiebaLine(word);
  if (at < 0) return 0;
  const { text } = load().tags;
  const tab = text.indexOf(TAB, at);
  let end = tab + 1;
  while (end < text.length && (text[end] ?? 0) >= 0x30 && (text[end] ?? 0) <= 0x39) end++;
  return Number(text.toString('ascii', tab + 1, end)) || 0;
}

/** Where the tag of `word`'s line ("word\ttag\tfrequency") starts in jieba-tags.bin's text, or -1 where jieba lacks the word. */
function jiebaLine(word: string): number {
  const { text, starts, slots } = load().tags;
  const mask = slots.length - 1;
  const hash = keyHash(word);
  const tag = slotTag(hash);
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const entry = slots[slot] ?? 0;
    if (entry === 0) return -1;
    if (entry >>> SLOT_PLACE_BITS !== tag) continue;
    const line = (entry & SLOT_PLACE_MASK) - 1;
    const start = starts[line] ?? 0;
    if (keyEquals(text, start, word)) return start + Buffer.byteLength(word) + 1;
  }
}

/** Path of the jieba dictionary generated next to the index (loads the index first). */
export function jiebaDictionaryFile(): string {
  return load().jiebaDictFile;
}
