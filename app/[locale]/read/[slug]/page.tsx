import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ClientMessages } from '@/components/layout/client-messages';
import { PackedReader } from '@/components/reader/packed-reader';
import { Link } from '@/i18n/navigation';
import { localeOrNotFound, routing } from '@/i18n/routing';
import { getArticle } from '@/lib/content/article';
import { getArticleFile, getSlugs } from '@/lib/content/load';
import { articleDocument } from '@/lib/reader/article-document';
import { packDocument } from '@/lib/reader/pack';
import { withoutDetails } from '@/lib/reader/prepare';

type Props = { params: Promise<{ locale: string; slug: string }> };

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => getSlugs().map((slug) => ({ locale, slug })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const article = getArticleFile(slug);
  if (!article) return {};
  return {
    title: locale === 'zh' ? article.title.zh : `${article.title.en} · ${article.title.zh}`,
    description: locale === 'zh' ? article.summary?.zh : article.summary?.en,
  };
}

export default async function ReadPage({ params }: Props) {
  const { locale: raw, slug } = await params;
  const locale = localeOrNotFound(raw);
  setRequestLocale(locale);
  const article = getArticle(slug);
  const document = articleDocument(slug);
  if (!article || !document) notFound();
  const t = await getTranslations('Reader');
  return (
    <article className="mx-auto max-w-5xl">
      <p className="text-sm">
        <Link prefetch={false} href="/" className="underline underline-offset-2">
          ← {t('back')}
        </Link>
      </p>
      <p lang="en" className="mt-2 text-stone-700 dark:text-stone-300">
        {article.title.en}
      </p>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{t('hint')}</p>
      <ClientMessages page="article">
        <PackedReader packed={packDocument(withoutDetails(document, `/api/articles/${slug}/words`))} options={{ progress: true }} />
      </ClientMessages>
    </article>
  );
}
