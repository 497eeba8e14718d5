import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';

export function SiteFooter() {
  const t = useTranslations('Footer');
  return (
    <footer className="border-t border-stone-200 text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-4 sm:px-6">
        <p>{t('credits')}</p>
        <Link prefetch={false} href="/about" className="underline underline-offset-2">
          {t('about')}
        </Link>
      </div>
    </footer>
  );
}
