/**
 * Shipped articles as served to the reader and GET /api/articles/{slug}: every sentence
 * annotated with the article's glossary and reviewed pinyin overrides. This runs at build time
 * (scripts/build-content.ts writes .build/articles.json); the server only reads the result.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { annotate, namedInText } from '@/lib/annotate/annotate';
import { getArticleFile, getArticleSummaries, readArticleFiles, reshapeSummary } from './load';
import type { ArticleFile } from './schema';
import type { Article, Block } from './types';

export const ARTICLES_FILE = path.join(/*turbopackIgnore: true*/ process.cwd(), '.build', 'articles.json');

export function buildArticle(file: ArticleFile): Article {
  const base = { glossary: file.glossary, overrides: file.pinyin };
  // Sentences are annotated one by one, but a person named in one (书记赵永发) is the same person
  // named bare in another (赵永发就…), and 抚松县 in one is 抚松 in another: the people and places
  // the whole article names are known to each.
  const named = namedInText(annotate(file.blocks.map((block) => block.sentences.map((s) => s.zh).join('')).join('\n'), base));
  const options = { ...base, ...named };
  const blocks = file.blocks.map(
    (block): Block => ({
      type: block.type,
      zh: block.sentences.map((s) => s.zh).join(''),
      en: block.sentences.map((s) => s.en).join(' '),
      sentences: block.sentences.map((s) => ({ zh: s.zh, en: s.en, tokens: annotate(s.zh, options) })),
    }),
  );
  return { ...reshapeSummary(file), blocks };
}

export function buildAllArticles(): Article[] {
  return readArticleFiles().map(buildArticle);
}

let cache: Map<string, Article> | undefined;

function prebuilt(): Map<string, Article> {
  if (cache) return cache;
  const slugs = new Set(getArticleSummaries().map((a) => a.slug));
  // The build writes the annotated articles; in development they are annotated on first use.
  const articles: Article[] = existsSync(ARTICLES_FILE)
    ? (JSON.parse(readFileSync(ARTICLES_FILE, 'utf8')) as Article[])
    : buildAllArticles();
  cache = new Map(articles.filter((a) => slugs.has(a.slug)).map((a) => [a.slug, a]));
  return cache;
}

export function getArticle(slug: string): Article | undefined {
  if (!getArticleFile(slug)) return undefined;
  return prebuilt().get(slug);
}
