/**
 * Annotates an own text in the browser through POST /api/annotate, paragraphs batched into
 * requests of a few thousand characters (well under the API's 20,000), a few at a time. The response is checked
 * with zod: it is an edge like any other.
 */
import { z } from 'zod';
import type { OwnParagraph } from '@/lib/assign/types';
import type { Token } from '@/lib/annotate/types';
import type { Block } from '@/lib/content/types';

const KINDS = ['word', 'idiom', 'person', 'place', 'organization', 'glossary', 'punctuation', 'number', 'latin', 'space', 'other'] as const;

export const tokenSchema = z.object({
  text: z.string(),
  pinyin: z.array(z.string()),
  definitions: z.array(z.string()),
  citationPinyin: z.array(z.string()).optional(),
  traditional: z.string().optional(),
  // A kind added to the engine later must not make the whole text fail here.
  kind: z.enum(KINDS).optional().catch(undefined),
  characters: z.array(z.object({ char: z.string(), pinyin: z.string(), gloss: z.string() })).optional().catch(undefined),
  measureWords: z
    .array(z.object({ simplified: z.string(), traditional: z.string(), pinyin: z.string() }))
    .optional()
    .catch(undefined),
  hsk: z.number().optional(),
  frequency: z.number().optional(),
  note: z.string().optional(),
});

const responseSchema = z.object({ tokens: z.array(tokenSchema) });

export class AnnotateError extends Error {
  constructor(readonly status: number) {
    super(`POST /api/annotate answered ${status}`);
    this.name = 'AnnotateError';
  }
}

async function annotateOne(text: string, signal?: AbortSignal): Promise<Token[]> {
  const response = await fetch('/api/annotate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text }),
    signal,
  });
  if (!response.ok) throw new AnnotateError(response.status);
  const parsed = responseSchema.safeParse(await response.json());
  if (!parsed.success) throw new AnnotateError(502);
  return parsed.data.tokens;
}

const PARALLEL = 3;

/**
 * Paragraphs travel in batches of up to this many characters, joined by line breaks: a request
 * per paragraph took 9.6 s for a text of 800 short lines, almost all of it per-request overhead.
 * A line break ends every word and clause, so a paragraph reads the same in a batch as alone.
 */
const BATCH_CHARS = 4_000;

/** Indices of paragraphs grouped in order, each group's texts (plus a line break between) within `limit`. */
export function batchesOf(texts: readonly string[], limit = BATCH_CHARS): number[][] {
  const batches: number[][] = [];
  let current: number[] = [];
  let size = 0;
  texts.forEach((text, i) => {
    if (current.length > 0 && size + 1 + text.length > limit) {
      batches.push(current);
      current = [];
      size = 0;
    }
    size += (current.length > 0 ? 1 : 0) + text.length;
    current.push(i);
  });
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * The tokens of `texts.join("\n")` split back into each text's tokens; the line breaks go. Only a
 * token of white space can hold a line break (it is cut there). Undefined if anything else does,
 * or the tokens do not cover the joined text exactly.
 */
export function splitJoined(tokens: readonly Token[], texts: readonly string[]): Token[][] | undefined {
  const out: Token[][] = texts.map(() => []);
  let k = 0;
  let end = texts[0]?.length ?? 0;
  let at = 0;
  for (const token of tokens) {
    const from = at;
    at += token.text.length;
    if (at <= end) {
      out[k]?.push(token);
      continue;
    }
    if (!/^\s+$/u.test(token.text)) return undefined;
    // White space across one or more boundaries: the part in each text, without the line breaks.
    let a = from;
    while (a < at) {
      if (a === end) {
        if (token.text[a - from] !== '\n' || k + 1 >= texts.length) return undefined;
        a += 1;
        k += 1;
        end = a + (texts[k]?.length ?? 0);
        continue;
      }
      const b = Math.min(at, end);
      const piece = token.text.slice(a - from, b - from);
      out[k]?.push({ text: piece, pinyin: Array.from(piece, () => ''), definitions: [], kind: 'space' });
      a = b;
    }
  }
  return at === end && k === texts.length - 1 ? out : undefined;
}

/** Each paragraph becomes one block with one sentence, so its English stays beside it. */
export async function annotateParagraphs(paragraphs: readonly OwnParagraph[], signal?: AbortSignal): Promise<Block[]> {
  const blocks: Block[] = new Array(paragraphs.length);
  const texts = paragraphs.map((p) => p.zh);
  const batches = batchesOf(texts);
  const put = (i: number, tokens: Token[]) => {
    const p = paragraphs[i];
    if (!p) return;
    const en = p.en ?? '';
    blocks[i] = { type: 'paragraph', zh: p.zh, en, sentences: [{ zh: p.zh, en, tokens }] };
  };
  let next = 0;
  async function worker() {
    while (next < batches.length) {
      const batch = batches[next++] ?? [];
      const own = batch.map((i) => texts[i] ?? '');
      const split = own.length > 1 ? splitJoined(await annotateOne(own.join('\n'), signal), own) : undefined;
      if (split) batch.forEach((i, j) => put(i, split[j] ?? []));
      // One paragraph, or a batch whose tokens did not split cleanly: one request each.
      else for (const i of batch) put(i, await annotateOne(texts[i] ?? '', signal));
    }
  }
  await Promise.all(Array.from({ length: Math.min(PARALLEL, batches.length) }, worker));
  return blocks;
}
