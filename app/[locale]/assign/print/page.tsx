import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Handout } from '@/components/assign/handout';
import { LinkError } from '@/components/assign/link-error';
import { localeOrNotFound } from '@/i18n/routing';
import { loadAssignment } from '@/lib/assign/load';
import { qrPath } from '@/lib/assign/qr';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeOrNotFound((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Handout' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/** The origin students will open, as this request reached us (behind a proxy too). */
async function origin(): Promise<string> {
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost';
  const proto = h.get('x-forwarded-proto') ?? (/^(localhost|127\.|\[::1\])/.test(host) ? 'http' : 'https');
  return `${proto.split(',')[0]}://${host.split(',')[0]}`;
}

export default async function HandoutPage({ params, searchParams }: Props) {
  const locale = localeOrNotFound((await params).locale);
  setRequestLocale(locale);
  const { a } = await searchParams;
  const loaded = loadAssignment(typeof a === 'string' ? a : undefined);
  if (!loaded.ok) return <LinkError error={loaded.error} />;
  const qr = qrPath(`${await origin()}/${locale}/assign/view?a=${loaded.value.code}`);
  return <Handout loaded={loaded.value} qr={qr} />;
}
