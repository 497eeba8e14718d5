import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientNamespaces, type PageMessages, PAGE_NAMESPACES } from './client-messages';

const ROOT = path.resolve(import.meta.dirname, '..');

function resolveImport(from: string, spec: string): string | undefined {
  const base = spec.startsWith('@/') ? path.join(ROOT, spec.slice(2)) : spec.startsWith('.') ? path.resolve(path.dirname(from), spec) : undefined;
  if (!base) return undefined;
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')].find(
    (f) => existsSync(f) && statSync(f).isFile(),
  );
}

/** Namespaces passed to useTranslations by client code reachable from `file` (static and dynamic imports). */
function clientNamespacesUsed(file: string, client = false, seen = new Set<string>()): Set<string> {
  const used = new Set<string>();
  const key = `${file}|${client}`;
  if (seen.has(key)) return used;
  seen.add(key);
  const source = readFileSync(file, 'utf8');
  const isClient = client || /^\s*['"]use client['"]/.test(source);
  if (isClient) for (const m of source.matchAll(/useTranslations\(\s*'(\w+)'/g)) used.add(m[1] ?? '');
  for (const m of source.matchAll(/(?:from\s+|import\()\s*'([^']+)'/g)) {
    const target = resolveImport(file, m[1] ?? '');
    if (target && !/\.test\.tsx?$/.test(target)) for (const ns of clientNamespacesUsed(target, isClient, seen)) used.add(ns);
  }
  return used;
}

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return pages(full);
    return /^(page|layout|not-found)\.tsx$/.test(name) ? [full] : [];
  });
}

function isPageMessages(v: string | undefined): v is PageMessages {
  return v !== undefined && v in PAGE_NAMESPACES;
}

describe('client messages', () => {
  const files = pages(path.join(ROOT, 'app'));

  it.each(files.map((f) => [path.relative(ROOT, f), f]))('%s sends every namespace its client components use', (_name, file) => {
    const declared = /<ClientMessages page="(\w+)"/.exec(readFileSync(file, 'utf8'))?.[1];
    const page = isPageMessages(declared) ? declared : undefined;
    const sent = new Set(clientNamespaces(page));
    const missing = [...clientNamespacesUsed(file)].filter((ns) => !sent.has(ns));
    expect(missing).toEqual([]);
  });

  it('finds the namespaces a page uses (the walk itself works)', () => {
    const reader = clientNamespacesUsed(path.join(ROOT, 'app/[locale]/read/[slug]/page.tsx'));
    expect([...reader]).toEqual(expect.arrayContaining(['Reader', 'WordSheet', 'ReaderSettings', 'SaveWord']));
    expect(reader.has('Export')).toBe(false);
  });

  it('keeps the vocabulary and assignment builder strings off the reader page', () => {
    expect(clientNamespaces('article')).not.toContain('Vocabulary');
    expect(clientNamespaces('article')).not.toContain('Assign');
  });
});
