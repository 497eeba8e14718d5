/**
 * CC-CEDICT lookups over the compact index built by `npm run build:dict`.
 *
 * The index is one tab-separated string sorted by simplified form plus an order sorted by
 * traditional form; a lookup is a binary search, and rows become objects only when asked for.
 * That keeps memory to roughly the size of the file instead of one object per entry.
 * Loaded lazily, once per process. If the index is missing it is built in-process (slow once).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildDictionary, compareKeys, defaultBuildPaths, INDEX_VERSION, indexPaths, type IndexFile } from './dictionary-build';
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
};

type LoadedIndex = {
  rows: string;
  /** Start offset of row i; `starts[n]` is one past the end. */
  starts: Uint32Array;
  byTraditional: Uint32Array;
  surnames: ReadonlySet<string>;
  doubleSurnames: ReadonlySet<string>;
  givenNameChars: ReadonlySet<string>;
  jiebaDictFile: string;
};

let loaded: LoadedIndex | undefined;

/** Where the index lives; `DICTIONARY_DIR` lets a deployment put it elsewhere. */
export function dictionaryDir(): string {
  return process.env.DICTIONARY_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), '.build');
}

function isIndexFile(v: unknown): v is IndexFile {
  if (typeof v !== 'object' || v === null) return false;
  return (
    Reflect.get(v, 'version') === INDEX_VERSION &&
    typeof Reflect.get(v, 'rows') === 'string' &&
    Array.isArray(Reflect.get(v, 'byTraditional')) &&
    typeof Reflect.get(v, 'surnames') === 'string' &&
    typeof Reflect.get(v, 'doubleSurnames') === 'string' &&
    typeof Reflect.get(v, 'givenNameChars') === 'string'
  );
}

function readIndex(file: string): IndexFile | undefined {
  if (!existsSync(file)) return undefined;
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  return isIndexFile(parsed) ? parsed : undefined;
}

function load(): LoadedIndex {
  if (loaded) return loaded;
  const dir = dictionaryDir();
  const files = indexPaths(dir);
  let index = existsSync(files.jieba) ? readIndex(files.index) : undefined;
  if (!index) {
    console.warn(`annotate: no dictionary index in ${dir}; building it now (run \`npm run build:dict\` at build time)`);
    buildDictionary({ ...defaultBuildPaths(), outDir: dir });
    index = readIndex(files.index);
    if (!index) throw new Error(`annotate: could not build the dictionary index in ${dir}`);
  }
  const rows = index.rows;
  const offsets: number[] = [0];
  for (let i = rows.indexOf('\n'); i !== -1; i = rows.indexOf('\n', i + 1)) offsets.push(i + 1);
  offsets.push(rows.length + 1);
  const doubles = new Set<string>();
  const ds = [...index.doubleSurnames];
  for (let i = 0; i + 1 < ds.length; i += 2) doubles.add(`${ds[i]}${ds[i + 1]}`);
  loaded = {
    rows,
    starts: Uint32Array.from(offsets),
    byTraditional: Uint32Array.from(index.byTraditional),
    surnames: new Set(index.surnames),
    doubleSurnames: doubles,
    givenNameChars: new Set(index.givenNameChars),
    jiebaDictFile: files.jieba,
  };
  return loaded;
}

/** Loads the index now (e.g. at server start) instead of on the first request. */
export function warmDictionary(): void {
  load();
}

function rowCount(ix: LoadedIndex): number {
  return ix.starts.length - 1;
}

function rowText(ix: LoadedIndex, row: number): string {
  const start = ix.starts[row] ?? 0;
  const end = (ix.starts[row + 1] ?? start + 1) - 1;
  return ix.rows.slice(start, end);
}

/** Column `col` (0 = simplified, 1 = traditional) of a row, without splitting the whole row. */
function rowKey(ix: LoadedIndex, row: number, col: 0 | 1): string {
  let start = ix.starts[row] ?? 0;
  if (col === 1) start = ix.rows.indexOf('\t', start) + 1;
  return ix.rows.slice(start, ix.rows.indexOf('\t', start));
}

/** First position in [0, n) whose key is >= word. */
function lowerBound(n: number, keyAt: (i: number) => string, word: string): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareKeys(keyAt(mid), word) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function parseClassifiers(field: string): MeasureWord[] {
  if (!field) return [];
  return field.split(';').flatMap((item) => {
    const [simplified, traditional, pinyin] = item.split('|');
    return simplified && traditional && pinyin !== undefined ? [{ simplified, traditional, pinyin }] : [];
  });
}

function toEntry(line: string): DictEntry {
  const [simplified = '', traditional = '', pinyin = '', senses = '', cl = '', hsk = '', rank = ''] = line.split('\t');
  const entry: DictEntry = {
    traditional,
    simplified,
    pinyin,
    senses: senses ? senses.split('\u001f') : [],
    classifiers: parseClassifiers(cl),
  };
  if (hsk) entry.hsk = Number(hsk);
  if (rank) entry.frequency = Number(rank);
  return entry;
}

function simplifiedRows(ix: LoadedIndex, word: string): number[] {
  const n = rowCount(ix);
  const out: number[] = [];
  for (let i = lowerBound(n, (r) => rowKey(ix, r, 0), word); i < n && rowKey(ix, i, 0) === word; i++) out.push(i);
  return out;
}

function traditionalRows(ix: LoadedIndex, word: string): number[] {
  const order = ix.byTraditional;
  const keyAt = (i: number): string => rowKey(ix, order[i] ?? 0, 1);
  const out: number[] = [];
  for (let i = lowerBound(order.length, keyAt, word); i < order.length && keyAt(i) === word; i++) {
    const row = order[i];
    if (row !== undefined) out.push(row);
  }
  return out;
}

/**
 * Every CC-CEDICT entry whose simplified or traditional form is `word`, in dictionary order
 * (simplified matches first). Empty for unknown words; never throws.
 */
export function lookup(word: string): DictEntry[] {
  if (!word) return [];
  const cached = cache.get(word);
  if (cached) return [...cached];
  const ix = load();
  const rows = simplifiedRows(ix, word);
  for (const r of traditionalRows(ix, word)) if (!rows.includes(r)) rows.push(r);
  const entries = rows.map((r) => Object.freeze(toEntry(rowText(ix, r))));
  remember(word, entries);
  return [...entries];
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
  const n = rowCount(ix);
  const i = lowerBound(n, (r) => rowKey(ix, r, 0), word);
  if (i < n && rowKey(ix, i, 0) === word) return true;
  return traditionalRows(ix, word).length > 0;
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

/** Path of the jieba dictionary generated next to the index (loads the index first). */
export function jiebaDictionaryFile(): string {
  return load().jiebaDictFile;
}
