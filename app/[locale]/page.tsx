import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ArticleCard } from '@/components/library/article-card';
import { localeOrNotFound } from '@/i18n/routing';
import { getArticleSummaries } from '@/lib/content/load';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeOrNotFound((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  // The layout's title template does not reach a page of its own segment: the site name is added here.
  return { title: { absolute: `${t('libraryTitle')} · ${t('siteName')}` }, description: t('description') };
}

export default async function LibraryPage({ params }: Props) {
  const locale = localeOrNotFound((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations('Library');
  const articles = getArticleSummaries();
  return (
    <>
      <h1 className="text-2xl font-semibold">{t('heading')}</h1>
      <p className="mt-2 max-w-prose text-stone-700 dark:text-stone-300">{t('intro')}</p>
      <p className="mt-4 text-sm text-stone-600 dark:text-stone-400">{t('count', { count: articles.length })}</p>
      {articles.length === 0 ? (
        <p className="mt-6">{t('empty')}</p>
      ) : (
        <ul className="mt-4 grid gap-4 md:grid-cols-2">
          {articles.map((article) => (
            <li key={article.slug}>
              <ArticleCard article={article} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
