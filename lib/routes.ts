/**
 * The pages that exist under /{locale}. The proxy answers anything else with the localized,
 * server-rendered 404 page, because a `notFound()` thrown while rendering a page is sent with an
 * empty body in production (vercel/next.js#98954): visible only after hydration, and blank without JS.
 */
const STATIC_PAGES = new Set(['', 'about', 'read', 'vocabulary', 'assign']);
/** Pages one level below a static page: the student's view and the printable handout of an assignment. */
const SUBPAGES: Record<string, ReadonlySet<string>> = { assign: new Set(['view', 'print']), vocabulary: new Set(['review']) };

export const NOT_FOUND_PAGE = 'page-not-found';

export function isKnownPage(segments: readonly string[], slugs: ReadonlySet<string>): boolean {
  const [first = '', second, ...more] = segments.filter((s) => s !== '');
  if (more.length > 0) return false;
  if (second === undefined) return STATIC_PAGES.has(first);
  if (first === 'read') return slugs.has(decodeURIComponentSafe(second));
  return SUBPAGES[first]?.has(second) ?? false;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
