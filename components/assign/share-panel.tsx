'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { Link } from '@/i18n/navigation';
import { MAX_LINK_CODE } from '@/lib/assign/limits';
import { qrPath } from '@/lib/assign/qr';
import type { EncodeResult } from '@/lib/assign/types';
import { CopyButton } from './copy-button';
import { QrCode } from './qr-code';
import { QrDialog } from './qr-dialog';

type Props = { result: EncodeResult | null; ownText: boolean };

/** Versions above this make modules too small to scan from the back of a classroom at handout size. */
const DENSE_VERSION = 15;

/** Step 4: the student link, a copy button, the QR code and the handout. */
export function SharePanel({ result, ownText }: Props) {
  const t = useTranslations('Assign');
  const locale = useLocale();
  const code = result?.ok ? result.code : null;
  const url = code ? `${window.location.origin}/${locale}/assign/view?a=${code}` : '';
  const qr = useMemo(() => (url ? qrPath(url) : null), [url]);
  if (!result) return <p className="text-stone-600 dark:text-stone-400">{t('needRange')}</p>;
  if (!result.ok) return <p role="alert" className="font-medium text-accent">{t('tooLong', { length: result.length, limit: result.limit })}</p>;
  return (
    <div className="space-y-4">
      <div>
        <label htmlFor="assign-link" className="block font-medium">
          {t('linkLabel')}
        </label>
        <div className="mt-1 flex flex-col gap-2 sm:flex-row">
          <input id="assign-link" readOnly value={url} onFocus={(e) => e.target.select()} className="min-w-0 flex-1 rounded-lg border border-stone-300 bg-stone-50 p-2 font-mono text-sm dark:border-stone-600 dark:bg-stone-900" />
          <CopyButton text={url} label={t('copy')} done={t('copied')} failed={t('copyFailed')} />
        </div>
        {ownText ? (
          <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
            {t('linkSize', { length: code?.length ?? 0, limit: MAX_LINK_CODE })} {t('linkLimit', { limit: MAX_LINK_CODE })}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2">
        <Link href={{ pathname: '/assign/view', query: { a: code ?? '' } }} target="_blank" className="inline-flex min-h-11 items-center rounded-full bg-accent px-5 font-medium text-white hover:opacity-90">
          {t('openView')}
        </Link>
        <Link href={{ pathname: '/assign/print', query: { a: code ?? '' } }} target="_blank" className="inline-flex min-h-11 items-center rounded-full border border-stone-300 px-5 font-medium hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800">
          {t('print')}
        </Link>
      </div>
      {qr ? (
        <div className="space-y-2">
          <QrCode qr={qr} label={t('qrLabel')} className="w-full max-w-72 rounded border border-stone-200" />
          {qr.version > DENSE_VERSION ? <p className="text-sm">{t('qrDense')}</p> : null}
          <QrDialog qr={qr} label={t('qrLabel')} open={t('qrLarge')} close={t('qrClose')} />
        </div>
      ) : (
        <p className="text-sm">{t('qrTooLong')}</p>
      )}
    </div>
  );
}
