/**
 * A small per-character context model learned from the CPP dev split (kakaobrain/g2pM,
 * Apache-2.0; see scripts/build-pinyin-context.ts). For each polyphonic character it keeps
 * how often each reading occurred, split by whether the character stood alone as a segment
 * or inside a longer word, and the contexts (the word, the neighbouring characters) that
 * always went with one reading. It is consulted only after the dictionary could not settle
 * the word, so it mostly decides lone characters and words CEDICT does not know.
 */

export type ContextFeatures = { prev: string; next: string; alone: boolean };

/**
 * Serialised form, kept small: reading counts as "wei2:15 wei4:3"; contexts grouped by the
 * reading they always had, as "|"-separated keys ("l成" = previous character 成, "r了" = next
 * character 了) with ":n" when seen n > 1 times. Cross-validation on dev showed the word
 * itself and wider windows add nothing over the immediate neighbours.
 */
export type ContextModelData = {
  note: string;
  chars: Record<string, { alone?: string; inWord?: string; ctx?: Record<string, string> }>;
};

export type Counts = Map<string, number>;

const USABLE = /^[^\s|:]$/u;

export function featureKeys(f: ContextFeatures): string[] {
  const keys: string[] = [];
  if (USABLE.test(f.prev)) keys.push(`l${f.prev}`);
  if (USABLE.test(f.next)) keys.push(`r${f.next}`);
  return keys;
}

export function parseCounts(s: string | undefined): Counts {
  const out: Counts = new Map();
  if (!s) return out;
  for (const part of s.split(' ')) {
    const at = part.lastIndexOf(':');
    if (at <= 0) continue;
    const n = Number(part.slice(at + 1));
    if (Number.isFinite(n)) out.set(part.slice(0, at), n);
  }
  return out;
}

export function formatCounts(c: Counts): string {
  return [...c].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r}:${n}`).join(' ');
}

export function top(c: Counts): { reading: string; count: number; total: number } | null {
  let best: string | null = null;
  let bestN = 0;
  let total = 0;
  for (const [r, n] of c) {
    total += n;
    if (n > bestN) {
      best = r;
      bestN = n;
    }
  }
  return best === null ? null : { reading: best, count: bestN, total };
}

/** Contexts by neighbour: `left` holds the "l" keys by the previous character, `right` the "r" keys by the next. */
type CharModel = { alone: Counts; inWord: Counts; left: Map<string, Counts>; right: Map<string, Counts> };

const HAN_CHARACTER = /^\p{Script=Han}$/u;

/** The reading a context's counts always had, if seen often enough; punctuation neighbours need two sightings. */
function decisive(counts: Counts | undefined, neighbour: string, minCount: number): string | null {
  if (!counts) return null;
  const t = top(counts);
  // A punctuation neighbour seen once next to a reading says nothing about it (，好吧 is not hào).
  const needed = HAN_CHARACTER.test(neighbour) ? minCount : Math.max(minCount, 2);
  return t && t.count === t.total && t.count >= needed ? t.reading : null;
}

export class ContextModel {
  private readonly chars = new Map<string, CharModel>();

  constructor(data: ContextModelData) {
    for (const [ch, m] of Object.entries(data.chars)) {
      const left = new Map<string, Counts>();
      const right = new Map<string, Counts>();
      for (const [reading, keys] of Object.entries(m.ctx ?? {})) {
        for (const item of keys.split('|')) {
          const at = item.indexOf(':', 1);
          const key = at < 0 ? item : item.slice(0, at);
          const n = at < 0 ? 1 : Number(item.slice(at + 1));
          // Kept by the neighbour itself, so a lookup needs no "l"/"r" key made per question.
          const side = key.startsWith('l') ? left : key.startsWith('r') ? right : undefined;
          side?.set(key.slice(1), new Map([[reading, Number.isFinite(n) ? n : 1]]));
        }
      }
      this.chars.set(ch, { alone: parseCounts(m.alone), inWord: parseCounts(m.inWord), left, right });
    }
  }

  knows(ch: string): boolean {
    return this.chars.has(ch);
  }

  /** A reading some context in the training data always went with, or null. */
  contextReading(ch: string, f: ContextFeatures, minCount: number): string | null {
    const m = this.chars.get(ch);
    if (!m) return null;
    // The keys of featureKeys, in its order: previous character, then next.
    const fromLeft = USABLE.test(f.prev) ? decisive(m.left.get(f.prev), f.prev, minCount) : null;
    if (fromLeft) return fromLeft;
    return USABLE.test(f.next) ? decisive(m.right.get(f.next), f.next, minCount) : null;
  }

  /** Reading counts for the character, alone or inside a word; falls back to the other split. */
  prior(ch: string, alone: boolean): Counts | null {
    const m = this.chars.get(ch);
    if (!m) return null;
    const own = alone ? m.alone : m.inWord;
    // With this split empty, both merged are just the other split: no new Map per question.
    return own.size > 0 ? own : alone ? m.inWord : m.alone;
  }
}

/** Accumulates training examples; the build script and the cross-validation share it. */
export class ContextModelBuilder {
  private readonly chars = new Map<string, { alone: Counts; inWord: Counts; ctx: Map<string, Counts> }>();

  add(ch: string, f: ContextFeatures, reading: string): void {
    let m = this.chars.get(ch);
    if (!m) {
      m = { alone: new Map(), inWord: new Map(), ctx: new Map() };
      this.chars.set(ch, m);
    }
    const split = f.alone ? m.alone : m.inWord;
    split.set(reading, (split.get(reading) ?? 0) + 1);
    for (const key of featureKeys(f)) {
      let c = m.ctx.get(key);
      if (!c) {
        c = new Map();
        m.ctx.set(key, c);
      }
      c.set(reading, (c.get(reading) ?? 0) + 1);
    }
  }

  /** Only single-reading contexts are kept: a mixed one cannot decide anything. */
  toData(note: string): ContextModelData {
    const chars: ContextModelData['chars'] = {};
    for (const [ch, m] of [...this.chars].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const grouped = new Map<string, string[]>();
      for (const [k, c] of [...m.ctx].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
        const t = top(c);
        if (!t || t.count !== t.total) continue;
        const list = grouped.get(t.reading) ?? [];
        list.push(t.count > 1 ? `${k}:${t.count}` : k);
        grouped.set(t.reading, list);
      }
      const ctx: Record<string, string> = {};
      for (const [reading, keys] of grouped) ctx[reading] = keys.join('|');
      const entry: ContextModelData['chars'][string] = {};
      if (m.alone.size) entry.alone = formatCounts(m.alone);
      if (m.inWord.size) entry.inWord = formatCounts(m.inWord);
      if (grouped.size) entry.ctx = ctx;
      chars[ch] = entry;
    }
    return { note, chars };
  }
}
