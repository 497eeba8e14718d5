import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import NotFound from '../not-found';
import { localeOrNotFound } from '@/i18n/routing';

type Props = { params: Promise<{ locale: string }> };

// The proxy rewrites every unknown path here with status 404, so the page is fully server-rendered.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeOrNotFound((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return { title: t('notFoundTitle'), robots: { index: false } };
}

export default async function PageNotFound({ params }: Props) {
  setRequestLocale(localeOrNotFound((await params).locale));
  return <NotFound />;
}
