/**
 * The builder loads a shipped article through GET /api/articles/{slug} (only the one the teacher
 * picks, rather than every article in the page). Checked with zod: a response is an edge.
 */
import { z } from 'zod';
import { BLOCK_TYPES, type Block } from '@/lib/content/types';
import { tokenSchema } from '@/lib/own-text/annotate-client';

const articleSchema = z.object({
  slug: z.string(),
  title: z.object({ zh: z.string(), en: z.string() }),
  blocks: z.array(
    z.object({
      type: z.enum(BLOCK_TYPES),
      zh: z.string(),
      en: z.string(),
      sentences: z.array(z.object({ zh: z.string(), en: z.string(), tokens: z.array(tokenSchema) })),
    }),
  ),
});

export type LoadedArticle = { slug: string; title: { zh: string; en: string }; blocks: Block[] };

export async function fetchArticle(slug: string, signal?: AbortSignal): Promise<LoadedArticle> {
  const response = await fetch(`/api/articles/${encodeURIComponent(slug)}`, { signal });
  if (!response.ok) throw new Error(`GET /api/articles/${slug} answered ${response.status}`);
  return articleSchema.parse(await response.json());
}
