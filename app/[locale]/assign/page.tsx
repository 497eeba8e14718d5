import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/client-messages';
import { AssignBuilder } from '@/components/assign/assign-builder';
import { localeOrNotFound } from '@/i18n/routing';
import { getArticleSummaries } from '@/lib/content/load';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeOrNotFound((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Assign' });
  return { title: t('metaTitle') };
}

export default async function AssignPage({ params, searchParams }: Props) {
  const locale = localeOrNotFound((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations('Assign');
  const articles = getArticleSummaries().map((a) => ({ slug: a.slug, zh: a.title.zh, en: a.title.en }));
  // ?article=slug or ?own=id (from "Make an assignment" on an own text) preselects the text.
  const query = await searchParams;
  const article = typeof query.article === 'string' && articles.some((a) => a.slug === query.article) ? query.article : null;
  const own = typeof query.own === 'string' && /^[\w-]{1,64}$/.test(query.own) ? query.own : null;
  const initial = article ? `a:${article}` : own ? `o:${own}` : '';
  return (
    <>
      <h1 className="text-2xl font-semibold">{t('heading')}</h1>
      <p className="mt-2 max-w-prose text-stone-700 dark:text-stone-300">{t('intro')}</p>
      <div className="mt-6">
        <ClientMessages page="assign">
          <AssignBuilder articles={articles} initial={initial} />
        </ClientMessages>
      </div>
    </>
  );
}
