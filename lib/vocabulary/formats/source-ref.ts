/**
 * Where a word was read, as one human-readable text field for formats that have no structure
 * (Anki, CSV): "辽源西安区：… — /read/liaoyuan-xian#p12" for an article, "My text — own:abc#p3" for
 * the learner's own text. The path is locale-free; the app adds the locale when it links back.
 */
import type { ReadingSource } from '@/lib/reader/types';

const SEPARATOR = ' — ';

export function formatSourceRef(source: ReadingSource, paragraphId: string): string {
  const where = source.kind === 'article' ? `/read/${encodeURIComponent(source.slug)}` : `own:${encodeURIComponent(source.id)}`;
  return `${source.title}${SEPARATOR}${where}#${paragraphId}`;
}

export function parseSourceRef(text: string): { source: ReadingSource; paragraphId: string } | undefined {
  const at = text.lastIndexOf(SEPARATOR);
  if (at === -1) return undefined;
  const title = text.slice(0, at);
  const m = /^(?:\/read\/([^#/]+)|own:([^#]+))#(.*)$/.exec(text.slice(at + SEPARATOR.length));
  if (!m) return undefined;
  const paragraphId = m[3] ?? '';
  try {
    if (m[1] !== undefined) return { source: { kind: 'article', slug: decodeURIComponent(m[1]), title }, paragraphId };
    return { source: { kind: 'own', id: decodeURIComponent(m[2] ?? ''), title }, paragraphId };
  } catch {
    return undefined;
  }
}
