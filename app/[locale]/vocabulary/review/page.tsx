import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/client-messages';
import { ReviewSession } from '@/components/vocabulary/review-session';
import { Link } from '@/i18n/navigation';
import { localeOrNotFound } from '@/i18n/routing';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeOrNotFound((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Review' });
  return { title: t('title') };
}

/** Flashcards run entirely in the browser from IndexedDB: once loaded, review needs no network. */
export default async function ReviewPage({ params }: Props) {
  const locale = localeOrNotFound((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations('Review');
  return (
    <div className="mx-auto max-w-xl">
      <p className="mb-3 text-sm">
        <Link href="/vocabulary" className="underline underline-offset-2">
          ← {t('back')}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{t('heading')}</h1>
      <ClientMessages page="review">
        <ReviewSession />
      </ClientMessages>
    </div>
  );
}
