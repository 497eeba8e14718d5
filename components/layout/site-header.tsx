import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { DueBadge } from '@/components/vocabulary/due-badge';
import { LocaleSwitcher } from './locale-switcher';

export function SiteHeader() {
  const t = useTranslations('Nav');
  const m = useTranslations('Metadata');
  return (
    <header className="border-b border-stone-200 bg-paper/95 dark:border-stone-800 dark:bg-stone-950/95">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" aria-label={t('home')} className="flex items-baseline gap-2 font-semibold">
          <span lang="zh-Hans" className="text-xl text-accent">
            读报
          </span>
          <span className="text-sm text-stone-600 dark:text-stone-400">{m('siteName')}</span>
        </Link>
        <nav aria-label={t('label')} className="flex flex-wrap items-center gap-x-1 text-sm">
          <Link href="/" className="rounded px-2 py-2 hover:bg-stone-100 dark:hover:bg-stone-800">
            {t('library')}
          </Link>
          <Link href="/vocabulary" className="inline-flex items-center rounded px-2 py-2 hover:bg-stone-100 dark:hover:bg-stone-800">
            {t('vocabulary')}
            <DueBadge />
          </Link>
          <Link href="/read" className="whitespace-nowrap rounded px-2 py-2 hover:bg-stone-100 dark:hover:bg-stone-800">
            {t('ownText')}
          </Link>
          <Link href="/assign" className="whitespace-nowrap rounded px-2 py-2 hover:bg-stone-100 dark:hover:bg-stone-800">
            {t('assign')}
          </Link>
          <Link href="/about" className="rounded px-2 py-2 hover:bg-stone-100 dark:hover:bg-stone-800">
            {t('about')}
          </Link>
        </nav>
        <div className="ml-auto">
          <LocaleSwitcher />
        </div>
      </div>
    </header>
  );
}
