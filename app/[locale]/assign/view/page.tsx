import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/client-messages';
import { AssignmentView } from '@/components/assign/assignment-view';
import { LinkError } from '@/components/assign/link-error';
import { localeOrNotFound } from '@/i18n/routing';
import { loadAssignment } from '@/lib/assign/load';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeOrNotFound((await params).locale);
  const t = await getTranslations({ locale, namespace: 'AssignView' });
  // Links carry the whole assignment: keep them out of search engines.
  return { title: t('metaTitle'), robots: { index: false } };
}

export default async function AssignmentViewPage({ params, searchParams }: Props) {
  const locale = localeOrNotFound((await params).locale);
  setRequestLocale(locale);
  const { a } = await searchParams;
  const loaded = loadAssignment(typeof a === 'string' ? a : undefined);
  if (!loaded.ok) return <LinkError error={loaded.error} />;
  return (
    <ClientMessages page="assignment">
      <AssignmentView {...loaded.value} />
    </ClientMessages>
  );
}
