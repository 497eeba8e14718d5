/**
 * Annotates an own text in the browser through POST /api/annotate, one request per paragraph
 * (each well under the API's 20,000-character limit), a few at a time. The response is checked
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

/** Each paragraph becomes one block with one sentence, so its English stays beside it. */
export async function annotateParagraphs(paragraphs: readonly OwnParagraph[], signal?: AbortSignal): Promise<Block[]> {
  const blocks: Block[] = new Array(paragraphs.length);
  let next = 0;
  async function worker() {
    while (next < paragraphs.length) {
      const i = next++;
      const p = paragraphs[i];
      if (!p) continue;
      const tokens = await annotateOne(p.zh, signal);
      const en = p.en ?? '';
      blocks[i] = { type: 'paragraph', zh: p.zh, en, sentences: [{ zh: p.zh, en, tokens }] };
    }
  }
  await Promise.all(Array.from({ length: Math.min(PARALLEL, paragraphs.length) }, worker));
  return blocks;
}
