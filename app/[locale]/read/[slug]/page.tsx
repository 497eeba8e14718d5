import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/reader/article-view';
import { localeOrNotFound, routing } from '@/i18n/routing';
import { getArticleFile, getSlugs } from '@/lib/content/load';

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
  const article = getArticleFile(slug);
  if (!article) notFound();
  return <ArticleView article={article} />;
}
