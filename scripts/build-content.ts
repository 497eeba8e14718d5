// Validates every file in content/ and annotates the articles once, at build time.
// A broken file stops the build with a message naming the file, the line, the block and the problem.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ARTICLES_FILE, buildAllArticles } from '../lib/content/article';
import { AggregateContentError } from '../lib/content/load';

try {
  const started = Date.now();
  const articles = buildAllArticles();
  mkdirSync(path.dirname(ARTICLES_FILE), { recursive: true });
  writeFileSync(ARTICLES_FILE, JSON.stringify(articles));
  const tokens = articles.flatMap((a) => a.blocks.flatMap((b) => b.sentences.flatMap((s) => s.tokens))).length;
  console.log(`content: ${articles.length} articles, ${tokens} tokens annotated in ${Date.now() - started} ms → ${path.relative(process.cwd(), ARTICLES_FILE)}`);
} catch (e) {
  if (e instanceof AggregateContentError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
