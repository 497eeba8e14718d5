import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { DueBadge } from '@/components/vocabulary/due-badge';
import { LocaleSwitcher } from './locale-switcher';

// Links do not prefetch: on a phone, reading one article should not download every other page.
export function SiteHeader() {
  const t = useTranslations('Nav');
  return (
    <header className="border-b border-stone-200 bg-paper/95 dark:border-stone-800 dark:bg-stone-950/95">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <Link prefetch={false} href="/" aria-label={t('home')} className="flex items-baseline gap-2 font-semibold">
          <span lang="zh-Hans" className="text-xl text-accent">
            读报
          </span>{' '}
          <span lang="zh-Latn-pinyin" className="text-sm text-stone-600 dark:text-stone-400">
            {t('romanized')}
          </span>
        </Link>
        {/* Phones: brand and language on the first row, the links below, wrapping rather than
            scrolling sideways (a scrolled-away link is one nobody finds). */}
        <nav
          aria-label={t('label')}
          className="order-3 -mx-2 flex w-full flex-wrap items-center gap-x-1 whitespace-nowrap text-sm sm:order-2 sm:mx-0 sm:w-auto"
        >
          <Link prefetch={false} href="/" className="rounded px-2 py-2 hover:bg-stone-100 dark:hover:bg-stone-800">
            {t('library')}
          </Link>
          <Link prefetch={false} href="/vocabulary" className="inline-flex items-center rounded px-2 py-2 hover:bg-stone-100 dark:hover:bg-stone-800">
            {t('vocabulary')}
            <DueBadge />
          </Link>
          {/* No prefetch: prefetching /{locale}/read, the sibling of read/[slug], left the locale switch on
              an article page fetching the other language but never navigating (tests/foundation.spec.ts). */}
          <Link href="/read" prefetch={false} className="whitespace-nowrap rounded px-2 py-2 hover:bg-stone-100 dark:hover:bg-stone-800">
            {t('ownText')}
          </Link>
          <Link href="/assign" prefetch={false} className="whitespace-nowrap rounded px-2 py-2 hover:bg-stone-100 dark:hover:bg-stone-800">
            {t('assign')}
          </Link>
          <Link prefetch={false} href="/about" className="rounded px-2 py-2 hover:bg-stone-100 dark:hover:bg-stone-800">
            {t('about')}
          </Link>
        </nav>
        <div className="order-2 ml-auto sm:order-3">
          <LocaleSwitcher />
        </div>
      </div>
    </header>
  );
}
