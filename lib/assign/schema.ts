/**
 * The wire format of an assignment link (version 1): short keys, because every byte of the link
 * is a module of the QR code. Validated with zod when decoded; `reshape` maps it to `Assignment`.
 */
import { z } from 'zod';
import { MAX_FOCUS_WORD_LENGTH, MAX_FOCUS_WORDS, MAX_INSTRUCTIONS, MAX_TITLE } from './limits';
import type { Assignment } from './types';

const index = z.number().int().min(0).max(10_000);
const flag = z.union([z.literal(0), z.literal(1)]);
const HAN = /\p{Script=Han}/u;

export const wireSchema = z
  .object({
    /** ["a", slug] or ["o", title, zh paragraphs, en paragraphs or null] */
    s: z.union([
      z.tuple([z.literal('a'), z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(100)]),
      z.tuple([
        z.literal('o'),
        z.string().max(MAX_TITLE),
        z.array(z.string().min(1)).min(1).max(500),
        z.array(z.string()).max(500).nullable(),
      ]),
    ]),
    /** first and last block, inclusive */
    r: z.tuple([index, index]),
    f: z.array(z.string().min(1).max(MAX_FOCUS_WORD_LENGTH).regex(HAN)).max(MAX_FOCUS_WORDS),
    i: z.string().max(MAX_INSTRUCTIONS),
    d: z.union([z.literal(''), z.iso.date()]),
    t: flag,
    p: flag,
    h: flag,
  })
  .strict()
  .refine((w) => w.r[0] <= w.r[1], 'the first paragraph comes after the last')
  .refine((w) => w.s[0] === 'a' || w.s[3] === null || w.s[3].length === w.s[2].length, 'translation does not match');

export type Wire = z.infer<typeof wireSchema>;

export function reshape(wire: Wire): Assignment {
  const source: Assignment['source'] =
    wire.s[0] === 'a'
      ? { kind: 'article', slug: wire.s[1] }
      : {
          kind: 'own',
          title: wire.s[1],
          paragraphs: wire.s[2].map((zh, i) => {
            const en = wire.s[3]?.[i];
            return en ? { zh, en } : { zh };
          }),
        };
  return {
    source,
    range: { first: wire.r[0], last: wire.r[1] },
    focusWords: wire.f,
    instructions: wire.i,
    ...(wire.d ? { due: wire.d } : {}),
    options: { translation: wire.t === 1, pinyin: wire.p === 1, handoutPinyin: wire.h === 1 ? 'all' : 'focus' },
  };
}

/** The wire form of an assignment. An own text keeps only the chosen paragraphs (and English only if allowed). */
export function toWire(a: Assignment): Wire {
  const base = {
    f: a.focusWords,
    i: a.instructions,
    d: a.due ?? '',
    t: a.options.translation ? 1 : 0,
    p: a.options.pinyin ? 1 : 0,
    h: a.options.handoutPinyin === 'all' ? 1 : 0,
  } as const;
  if (a.source.kind === 'article') return { s: ['a', a.source.slug], r: [a.range.first, a.range.last], ...base };
  const chosen = a.source.paragraphs.slice(a.range.first, a.range.last + 1);
  const en = a.options.translation && chosen.some((p) => p.en) ? chosen.map((p) => p.en ?? '') : null;
  return { s: ['o', a.source.title, chosen.map((p) => p.zh), en], r: [0, Math.max(0, chosen.length - 1)], ...base };
}
