import { getArticle } from '@/lib/content/article';
import { prepareDocument } from './prepare';
import type { ReaderDocument, WordDetail } from './types';

const cache = new Map<string, ReaderDocument & { details: WordDetail[] }>();

/** A shipped article prepared for the reader; the same table backs the page and its words file. */
export function articleDocument(slug: string): (ReaderDocument & { details: WordDetail[] }) | undefined {
  const cached = cache.get(slug);
  if (cached) return cached;
  const article = getArticle(slug);
  if (!article) return undefined;
  const document = prepareDocument({ kind: 'article', slug, title: article.title.zh }, article.blocks);
  cache.set(slug, document);
  return document;
}
