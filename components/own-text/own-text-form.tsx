'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { OwnParagraph } from '@/lib/assign/types';
import { characterCount, defaultTitle, MAX_OWN_TEXT, MAX_OWN_TITLE, splitParagraphs } from '@/lib/own-text/paragraphs';
import type { OwnText, SplitResult } from '@/lib/own-text/types';

type Props = {
  initial?: OwnText;
  onSave: (title: string, paragraphs: OwnParagraph[]) => string | null;
  onCancel?: () => void;
};

type Failure = Extract<SplitResult, { ok: false }>;

const FIELD = 'mt-1 w-full rounded-lg border border-stone-300 bg-white p-2 dark:border-stone-600 dark:bg-stone-900';

/** Paste Chinese (and, optionally, English line by line), then save and read. */
export function OwnTextForm({ initial, onSave, onCancel }: Props) {
  const t = useTranslations('OwnText');
  const [title, setTitle] = useState(initial?.title ?? '');
  const [zh, setZh] = useState(initial?.paragraphs.map((p) => p.zh).join('\n') ?? '');
  const [en, setEn] = useState(initial?.paragraphs.some((p) => p.en) ? initial.paragraphs.map((p) => p.en ?? '').join('\n') : '');
  const [error, setError] = useState<Failure | { ok: false; error: 'quota' } | null>(null);
  const count = characterCount(zh);

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const split = splitParagraphs(zh, en);
    if (!split.ok) return setError(split);
    const failed = onSave(title.trim() || defaultTitle(zh), split.paragraphs);
    setError(failed ? { ok: false, error: 'quota' } : null);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <div>
        <label htmlFor="own-title" className="block font-medium">{t('titleLabel')}</label>
        <input id="own-title" value={title} maxLength={MAX_OWN_TITLE} placeholder={t('titlePlaceholder')} onChange={(e) => setTitle(e.target.value)} className={FIELD} />
      </div>
      <div>
        <label htmlFor="own-zh" className="block font-medium">{t('zhLabel')}</label>
        <p id="own-zh-hint" className="text-sm text-stone-600 dark:text-stone-400">{t('zhHint')}</p>
        <textarea id="own-zh" lang="zh-Hans" rows={8} value={zh} aria-describedby="own-zh-hint own-zh-count" onChange={(e) => setZh(e.target.value)} className={`${FIELD} text-lg`} />
        <p id="own-zh-count" className={`text-sm ${count > MAX_OWN_TEXT ? 'font-semibold text-accent' : 'text-stone-600 dark:text-stone-400'}`}>
          {t('counter', { count, limit: MAX_OWN_TEXT })}
        </p>
      </div>
      <div>
        <label htmlFor="own-en" className="block font-medium">{t('enLabel')}</label>
        <p id="own-en-hint" className="text-sm text-stone-600 dark:text-stone-400">{t('enHint')}</p>
        <textarea id="own-en" lang="en" rows={5} value={en} aria-describedby="own-en-hint" onChange={(e) => setEn(e.target.value)} className={FIELD} />
      </div>
      {error ? <p role="alert" className="font-medium text-accent">{message(t, error)}</p> : null}
      <div className="flex flex-wrap gap-2">
        <button type="submit" className="inline-flex min-h-11 items-center rounded-full bg-accent px-6 font-medium text-white hover:opacity-90">{t('save')}</button>
        {onCancel ? <button type="button" onClick={onCancel} className="inline-flex min-h-11 items-center rounded-full px-5 underline underline-offset-2">{t('cancel')}</button> : null}
      </div>
    </form>
  );
}

function message(t: ReturnType<typeof useTranslations<'OwnText'>>, error: Failure | { ok: false; error: 'quota' }): string {
  switch (error.error) {
    case 'empty':
      return t('errors.empty');
    case 'no-chinese':
      return t('errors.noChinese');
    case 'too-long':
      return t('errors.tooLong', { length: error.length, limit: error.limit });
    case 'mismatch':
      return t('errors.mismatch', { zh: error.zh, en: error.en });
    case 'quota':
      return t('errors.quota');
  }
}
