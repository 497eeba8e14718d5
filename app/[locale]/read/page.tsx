import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Suspense } from 'react';
import { ClientMessages } from '@/components/layout/client-messages';
import { OwnTextWorkspace } from '@/components/own-text/own-text-workspace';
import { localeOrNotFound } from '@/i18n/routing';
import { MAX_OWN_TEXT } from '@/lib/own-text/paragraphs';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeOrNotFound((await params).locale);
  const t = await getTranslations({ locale, namespace: 'OwnText' });
  return { title: t('metaTitle') };
}

export default async function OwnTextPage({ params }: Props) {
  const locale = localeOrNotFound((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations('OwnText');
  return (
    <>
      <h1 className="text-2xl font-semibold">{t('heading')}</h1>
      <p className="mt-2 max-w-prose text-stone-700 dark:text-stone-300">{t('intro')}</p>
      <p className="mt-2 max-w-prose font-medium">{t('limit', { limit: MAX_OWN_TEXT })}</p>
      <div className="mt-6">
        {/* The open text is named in the query string, which only the browser knows for a static page. */}
        <ClientMessages page="ownText">
          <Suspense fallback={null}>
            <OwnTextWorkspace />
          </Suspense>
        </ClientMessages>
      </div>
    </>
  );
}
