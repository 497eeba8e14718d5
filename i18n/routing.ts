import { hasLocale } from 'next-intl';
import { notFound } from 'next/navigation';
import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['en', 'zh'],
  defaultLocale: 'en',
  localePrefix: 'always',
});

export type Locale = (typeof routing.locales)[number];

/** The BCP 47 tag for `<html lang>`: Chinese UI is Simplified Chinese. */
export const htmlLang: Record<Locale, string> = { en: 'en', zh: 'zh-Hans' };

/** Narrows a URL segment to a supported locale; anything else is a 404. */
export function localeOrNotFound(value: string): Locale {
  if (!hasLocale(routing.locales, value)) notFound();
  return value;
}
