/**
 * Loads the articles in content/: every file is parsed and validated, then mapped to app types.
 * Reads are cached for the life of the process; content changes mean a rebuild.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError, parseArticleFile } from './parse';
import type { ArticleFile } from './schema';
import type { ArticleSummary } from './types';

export const CONTENT_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), 'content');

const HAN = /\p{Script=Han}/gu;

export function countHan(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

/** Parses every content file; all problems of all files are reported together. */
export function readArticleFiles(dir: string = CONTENT_DIR): ArticleFile[] {
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  const articles: ArticleFile[] = [];
  const errors: ContentError[] = [];
  for (const f of files) {
    const rel = path.relative(process.cwd(), path.join(dir, f)) || f;
    try {
      articles.push(parseArticleFile(rel, readFileSync(path.join(dir, f), 'utf8')));
    } catch (e) {
      if (e instanceof ContentError) errors.push(e);
      else throw e;
    }
  }
  if (errors.length > 0) throw new AggregateContentError(errors);
  const slugs = new Set<string>();
  for (const a of articles) {
    if (slugs.has(a.slug)) throw new Error(`content: two files use the slug "${a.slug}"`);
    slugs.add(a.slug);
  }
  return articles;
}

export class AggregateContentError extends Error {
  constructor(readonly errors: ContentError[]) {
    super(`Content is not valid:\n${errors.map((e) => e.message).join('\n')}`);
    this.name = 'AggregateContentError';
  }
}

export function reshapeSummary(file: ArticleFile): ArticleSummary {
  const sentences = file.blocks.flatMap((b) => b.sentences);
  return {
    slug: file.slug,
    title: file.title,
    ...(file.summary ? { summary: file.summary } : {}),
    source: file.source,
    characters: countHan(sentences.map((s) => s.zh).join('')),
    paragraphs: file.blocks.filter((b) => b.type === 'paragraph').length,
    sentences: sentences.length,
  };
}

let cache: ArticleFile[] | undefined;

function files(): ArticleFile[] {
  cache ??= readArticleFiles();
  return cache;
}

export function getArticleSummaries(): ArticleSummary[] {
  return files().map(reshapeSummary);
}

export function getArticleFile(slug: string): ArticleFile | undefined {
  return files().find((f) => f.slug === slug);
}

export function getSlugs(): string[] {
  return files().map((f) => f.slug);
}
