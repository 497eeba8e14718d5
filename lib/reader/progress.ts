/** Where the learner left each article, kept in localStorage (checked by hand: no zod in the browser bundle). */
const KEY = 'dubao-progress';

export type Position = { id: string; index: number; percent: number };

function readAll(): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return value && typeof value === 'object' && !Array.isArray(value) ? { ...value } : {};
  } catch {
    return {};
  }
}

function asPosition(value: unknown): Position | null {
  if (!value || typeof value !== 'object') return null;
  const id: unknown = Reflect.get(value, 'id');
  const index: unknown = Reflect.get(value, 'index');
  const percent: unknown = Reflect.get(value, 'percent');
  if (typeof id !== 'string' || typeof index !== 'number' || typeof percent !== 'number') return null;
  if (!Number.isInteger(index) || index < 0 || percent < 0 || percent > 100) return null;
  return { id, index, percent };
}

/** Where the learner left this article, if known. */
export function loadPosition(slug: string): Position | null {
  return asPosition(readAll()[slug]);
}

export function savePosition(slug: string, position: Position): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...readAll(), [slug]: position }));
  } catch {
    // Progress is a convenience: a full or blocked storage must not break reading.
  }
}

const atLoad = new Map<string, Position | null>();

/** The position saved before this page load: stable while the reader keeps saving new ones. */
export function initialPosition(slug: string): Position | null {
  if (!atLoad.has(slug)) atLoad.set(slug, loadPosition(slug));
  return atLoad.get(slug) ?? null;
}
