'use client';

import { Suspense } from 'react';
import { useSearchParams } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';

/**
 * Links to the same page in each UI language; plain links work before hydration too. The query
 * goes along (an assignment is its `?a=…`, an own text its `?text=…`): the server renders the
 * links without it (a static page has no query), the browser adds it once it has one.
 */
export function LocaleSwitcher() {
  return (
    <Suspense fallback={<LocaleLinks search="" />}>
      <LocaleLinksWithQuery />
    </Suspense>
  );
}

function LocaleLinksWithQuery() {
  return <LocaleLinks search={useSearchParams().toString()} />;
}

function LocaleLinks({ search }: { search: string }) {
  const t = useTranslations('LocaleSwitcher');
  const current = useLocale();
  const pathname = usePathname();
  const href = search ? `${pathname}?${search}` : pathname;
  return (
    <nav aria-label={t('label')} className="flex rounded-full border border-stone-300 p-0.5 text-sm dark:border-stone-700">
      {routing.locales.map((locale) => (
        <Link
          prefetch={false}
          key={locale}
          href={href}
          locale={locale}
          lang={locale === 'zh' ? 'zh-Hans' : 'en'}
          hrefLang={locale === 'zh' ? 'zh-Hans' : 'en'}
          aria-current={locale === current ? 'true' : undefined}
          className={`rounded-full px-3 py-1.5 ${locale === current ? 'bg-ink text-white dark:bg-stone-100 dark:text-stone-900' : 'hover:bg-stone-100 dark:hover:bg-stone-800'}`}
        >
          {t(locale)}
        </Link>
      ))}
    </nav>
  );
}
