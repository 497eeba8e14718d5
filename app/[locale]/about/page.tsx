import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Credits } from '@/components/about/credits';
import { localeOrNotFound } from '@/i18n/routing';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeOrNotFound((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return { title: t('aboutTitle') };
}

export default async function AboutPage({ params }: Props) {
  const locale = localeOrNotFound((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations('About');
  return (
    <div className="max-w-prose">
      <h1 className="text-2xl font-semibold">{t('heading')}</h1>
      <p className="mt-3 leading-relaxed">{t('intro')}</p>
      <Credits />
    </div>
  );
}
