/**
 * CC-CEDICT lookups over the compact index built by `npm run build:dict`.
 *
 * The index is one UTF-8 buffer of tab-separated rows sorted by simplified form plus an order
 * sorted by traditional form; a lookup is a binary search over bytes, and rows become objects
 * only when asked for. Memory stays at the size of the file (~10 MB), not an object per entry.
 * Loaded lazily, once per process. If the index is missing it is built in-process (slow once).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildDictionary, defaultBuildPaths, INDEX_VERSION, indexPaths, type IndexFile } from './dictionary-build';
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
  /** `dictionary-rows.txt` as bytes: UTF-8 keeps it at ~10 MB, half of a JS string. */
  rows: Buffer;
  /** Byte offset where row i starts; `starts[n]` is the end of the file. */
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
    typeof Reflect.get(v, 'rowCount') === 'number' &&
    typeof Reflect.get(v, 'surnames') === 'string' &&
    typeof Reflect.get(v, 'doubleSurnames') === 'string' &&
    typeof Reflect.get(v, 'givenNameChars') === 'string'
  );
}

function readIndex(dir: string): LoadedIndex | undefined {
  const files = indexPaths(dir);
  if (![files.index, files.rows, files.offsets, files.jieba].every((f) => existsSync(/*turbopackIgnore: true*/ f))) return undefined;
  const meta: unknown = JSON.parse(readFileSync(/*turbopackIgnore: true*/ files.index, 'utf8'));
  if (!isIndexFile(meta)) return undefined;
  const rows = readFileSync(/*turbopackIgnore: true*/ files.rows);
  const raw = readFileSync(/*turbopackIgnore: true*/ files.offsets);
  // Copy into an aligned buffer: a Uint32Array view needs a byte offset divisible by 4.
  const table = new Uint32Array(raw.byteLength / 4);
  new Uint8Array(table.buffer).set(raw);
  const n = table[0] ?? 0;
  if (n !== meta.rowCount || table.length !== 2 * n + 2 || table[n + 1] !== rows.length) return undefined;
  const doubles = new Set<string>();
  const ds = [...meta.doubleSurnames];
  for (let i = 0; i + 1 < ds.length; i += 2) doubles.add(`${ds[i]}${ds[i + 1]}`);
  return {
    rows,
    starts: table.subarray(1, n + 2),
    byTraditional: table.subarray(n + 2),
    surnames: new Set(meta.surnames),
    doubleSurnames: doubles,
    givenNameChars: new Set(meta.givenNameChars),
    jiebaDictFile: files.jieba,
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

function rowCount(ix: LoadedIndex): number {
  return ix.starts.length - 1;
}

function rowText(ix: LoadedIndex, row: number): string {
  const start = ix.starts[row] ?? 0;
  const end = (ix.starts[row + 1] ?? start + 1) - 1;
  return ix.rows.toString('utf8', start, end);
}

const TAB = 9;

/**
 * Compares a row's key (column 0 = simplified, 1 = traditional) with the query bytes, in UTF-8
 * byte order like the build. A plain loop: keys are a few bytes, and per-call native
 * Buffer.compare/indexOf cost more than the comparison itself (this is the hottest loop).
 */
function compareRow(ix: LoadedIndex, row: number, col: 0 | 1, query: Buffer): number {
  const rows = ix.rows;
  let i = ix.starts[row] ?? 0;
  if (col === 1) {
    while ((rows[i] ?? TAB) !== TAB) i++;
    i++;
  }
  for (let k = 0; ; i++, k++) {
    const b = rows[i] ?? TAB;
    if (b === TAB) return k === query.length ? 0 : -1;
    const q = query[k];
    if (q === undefined) return 1;
    if (b !== q) return b - q;
  }
}

/** First position in [0, n) whose key is >= the query. */
function lowerBound(n: number, cmp: (i: number) => number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cmp(mid) < 0) lo = mid + 1;
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

function simplifiedRows(ix: LoadedIndex, query: Buffer): number[] {
  const n = rowCount(ix);
  const out: number[] = [];
  for (let i = lowerBound(n, (r) => compareRow(ix, r, 0, query)); i < n && compareRow(ix, i, 0, query) === 0; i++) out.push(i);
  return out;
}

function traditionalRows(ix: LoadedIndex, query: Buffer): number[] {
  const order = ix.byTraditional;
  const cmp = (i: number): number => compareRow(ix, order[i] ?? 0, 1, query);
  const out: number[] = [];
  for (let i = lowerBound(order.length, cmp); i < order.length && cmp(i) === 0; i++) {
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
  const query = Buffer.from(word);
  const rows = simplifiedRows(ix, query);
  for (const r of traditionalRows(ix, query)) if (!rows.includes(r)) rows.push(r);
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
  const query = Buffer.from(word);
  const n = rowCount(ix);
  const i = lowerBound(n, (r) => compareRow(ix, r, 0, query));
  if (i < n && compareRow(ix, i, 0, query) === 0) return true;
  if (traditionalRows(ix, query).length > 0) return true;
  // Misses are as common as hits (the name recogniser asks about guesses): cache them too.
  remember(word, []);
  return false;
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
