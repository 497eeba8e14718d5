import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';

export default function NotFound() {
  const t = useTranslations('NotFound');
  return (
    <div className="py-12">
      <p lang="zh-Hans" aria-hidden="true" className="text-5xl text-accent">
        迷路了
      </p>
      <h1 className="mt-4 text-2xl font-semibold">{t('heading')}</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">{t('body')}</p>
      <p className="mt-6">
        <Link href="/" className="inline-flex min-h-11 items-center rounded-full bg-accent px-5 font-medium text-white">
          {t('back')}
        </Link>
      </p>
    </div>
  );
}
