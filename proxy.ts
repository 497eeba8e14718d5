import createMiddleware from 'next-intl/middleware';
import { type NextRequest, NextResponse } from 'next/server';
import { routing } from './i18n/routing';
import { getSlugs } from './lib/content/load';
import { isKnownPage, NOT_FOUND_PAGE } from './lib/routes';

// Chooses the locale from the URL, then a cookie, then Accept-Language (en when unsure),
// and redirects `/` and unprefixed paths to it.
const intl = createMiddleware(routing);

/** First path segments that are our own routes, so never mistaken for a locale code. */
const ROUTES = new Set(['read', 'about', 'vocabulary', 'assign']);
/** Looks like a language tag: "fr", "de-DE", "zh-TW", "yue". */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

const isLocale = (value: string): boolean => (routing.locales as readonly string[]).includes(value);

function preferredLocale(request: NextRequest): string {
  const cookie = request.cookies.get('NEXT_LOCALE')?.value;
  if (cookie && isLocale(cookie)) return cookie;
  const accept = request.headers.get('accept-language') ?? '';
  return /^\s*zh|,\s*zh/i.test(accept) ? 'zh' : routing.defaultLocale;
}

function notFound(request: NextRequest, locale: string) {
  const url = request.nextUrl.clone();
  url.pathname = `/${locale}/${NOT_FOUND_PAGE}`;
  url.search = '';
  return NextResponse.rewrite(url, { status: 404 });
}

let slugs: Set<string> | undefined;

export default function proxy(request: NextRequest) {
  const [first = '', ...rest] = request.nextUrl.pathname.split('/').slice(1);
  if (isLocale(first)) {
    slugs ??= new Set(getSlugs());
    return isKnownPage(rest, slugs) ? intl(request) : notFound(request, first);
  }
  // An unsupported locale (/fr, /zh-TW/read/x) is a 404 in the reader's language,
  // rather than a redirect to a page that does not exist either.
  if (first && !ROUTES.has(first) && LANGUAGE_TAG.test(first)) return notFound(request, preferredLocale(request));
  return intl(request);
}

export const config = {
  // Everything but the API, Next internals and files with an extension (icons, manifest).
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
