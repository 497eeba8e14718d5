'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';

/** Links to the same page in each UI language; plain links work before hydration too. */
export function LocaleSwitcher() {
  const t = useTranslations('LocaleSwitcher');
  const current = useLocale();
  const pathname = usePathname();
  return (
    <nav aria-label={t('label')} className="flex rounded-full border border-stone-300 p-0.5 text-sm dark:border-stone-700">
      {routing.locales.map((locale) => (
        <Link prefetch={false}
          key={locale}
          href={pathname}
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
