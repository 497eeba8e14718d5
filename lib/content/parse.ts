/**
 * Reads one content file and checks it thoroughly. Every problem is reported with the file,
 * the line, the block and what is wrong, so an editor can fix it without reading code.
 */
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { articleFileSchema, type ArticleFile } from './schema';

export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n  - ${problems.join('\n  - ')}`);
    this.name = 'ContentError';
  }
}

type Path = readonly PropertyKey[];

/** "block 12 (paragraph), sentence 2, en" for a zod path into the file. */
function describePath(path: Path, raw: unknown): string {
  const parts: string[] = [];
  let node: unknown = raw;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const parentKey = path[i - 1];
    if (typeof key === 'number') {
      const item = Array.isArray(node) ? node[key] : undefined;
      if (parentKey === 'blocks') {
        const type = item && typeof item === 'object' && 'type' in item ? String(item.type) : '?';
        parts.push(`block ${key + 1} (${type})`);
      } else if (parentKey === 'sentences') parts.push(`sentence ${key + 1}`);
      else if (parentKey === 'glossary') {
        const word = item && typeof item === 'object' && 'word' in item ? ` "${String(item.word)}"` : '';
        parts.push(`glossary entry ${key + 1}${word}`);
      } else parts.push(`item ${key + 1}`);
    } else if (key !== 'blocks' && key !== 'sentences' && key !== 'glossary') {
      parts.push(String(key));
    }
    node = node && typeof node === 'object' && key !== undefined ? Reflect.get(node, key) : undefined;
  }
  return parts.join(', ') || 'top level';
}

function lineOf(doc: ReturnType<typeof parseDocument>, counter: LineCounter, path: Path): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const keys = path.slice(0, depth).filter((k): k is string | number => typeof k !== 'symbol');
    const node = keys.length === 0 ? doc.contents : doc.getIn(keys, true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

function issueText(issue: z.core.$ZodIssue, raw: unknown, where: (p: Path) => number | undefined): string {
  const line = where(issue.path);
  return `${line ? `line ${line}: ` : ''}${describePath(issue.path, raw)}: ${issue.message}`;
}

/** Checks that need the whole article: glossary words and overrides must occur in the text. */
function crossCheck(article: ArticleFile, file: string): string[] {
  const problems: string[] = [];
  const text = article.blocks.flatMap((b) => b.sentences.map((s) => s.zh)).join('\n');
  article.glossary.forEach((entry, i) => {
    if (!text.includes(entry.word)) problems.push(`glossary entry ${i + 1} "${entry.word}": the word does not occur in the article`);
  });
  article.pinyin.forEach((o, i) => {
    if (!text.includes(o.word)) problems.push(`pinyin override ${i + 1} "${o.word}": the word does not occur in the article`);
  });
  const seen = new Set<string>();
  article.glossary.forEach((entry) => {
    if (seen.has(entry.word)) problems.push(`glossary: "${entry.word}" is listed twice`);
    seen.add(entry.word);
  });
  const expected = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
  if (article.slug !== expected) problems.push(`slug "${article.slug}" must match the file name "${expected}"`);
  return problems;
}

export function parseArticleFile(file: string, source: string): ArticleFile {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new ContentError(
      file,
      doc.errors.map((e) => `line ${e.linePos?.[0]?.line ?? '?'}: YAML syntax: ${e.message.split('\n')[0]}`),
    );
  }
  const raw: unknown = doc.toJS();
  const parsed = articleFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ContentError(
      file,
      parsed.error.issues.map((issue) => issueText(issue, raw, (p) => lineOf(doc, counter, p))),
    );
  }
  const problems = crossCheck(parsed.data, file);
  if (problems.length > 0) throw new ContentError(file, problems);
  return parsed.data;
}
