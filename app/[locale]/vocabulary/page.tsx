import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/client-messages';
import { ExportPanel } from '@/components/vocabulary/export-panel';
import { VocabularyView } from '@/components/vocabulary/vocabulary-view';
import { localeOrNotFound } from '@/i18n/routing';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeOrNotFound((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Vocabulary' });
  return { title: t('title') };
}

/** Saved words live only in this browser (IndexedDB), so everything below the heading is a client leaf. */
export default async function VocabularyPage({ params }: Props) {
  const locale = localeOrNotFound((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations('Vocabulary');
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-semibold">{t('heading')}</h1>
      <p className="mt-2 max-w-prose text-stone-700 dark:text-stone-300">{t('intro')}</p>
      <ClientMessages page="vocabulary">
        <VocabularyView />
        <ExportPanel />
      </ClientMessages>
    </div>
  );
}
