import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { ArticleSummary } from '@/lib/content/types';

type Props = { article: ArticleSummary };

export function ArticleCard({ article }: Props) {
  const t = useTranslations('Library');
  const locale = useLocale();
  const newspaper = locale === 'zh' ? `《${article.source.newspaper.zh}》` : article.source.newspaper.en;
  return (
    <article className="flex h-full flex-col rounded-xl border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <h2 lang="zh-Hans" className="text-xl font-semibold leading-relaxed">
        <Link href={`/read/${article.slug}`} className="hover:text-accent">
          {article.title.zh}
        </Link>
      </h2>
      <p lang="en" className="mt-1 text-stone-700 dark:text-stone-300">
        {article.title.en}
      </p>
      {article.summary ? (
        <p
          lang={locale === 'zh' ? 'zh-Hans' : 'en'}
          className="mt-3 text-sm leading-relaxed text-stone-600 dark:text-stone-400"
        >
          {locale === 'zh' ? article.summary.zh : article.summary.en}
        </p>
      ) : null}
      <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">
        {t('characters', { count: article.characters })} · {t('paragraphs', { count: article.paragraphs })} ·{' '}
        {t('source', { newspaper })}
      </p>
      <div className="mt-auto pt-4">
        <Link
          href={`/read/${article.slug}`}
          aria-label={t('readLabel', { title: article.title.zh })}
          className="inline-flex min-h-11 items-center rounded-full bg-accent px-5 font-medium text-white hover:opacity-90"
        >
          {t('read')}
        </Link>
      </div>
    </article>
  );
}
