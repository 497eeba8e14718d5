'use client';

import { useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { Link, useRouter } from '@/i18n/navigation';
import type { OwnParagraph } from '@/lib/assign/types';
import { newOwnTextId } from '@/lib/own-text/storage';
import type { OwnText } from '@/lib/own-text/types';
import { OwnTextForm } from './own-text-form';
import { OwnTextList } from './own-text-list';
import { OwnTextReader } from './own-text-reader';
import { useOwnTexts } from './use-own-texts';

const BUTTON = 'inline-flex min-h-11 items-center rounded-full border border-stone-300 px-4 hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800';

/** /read: the saved texts and a form for a new one, or one text open in the reader (?text=id). */
export function OwnTextWorkspace() {
  const t = useTranslations('OwnText');
  const router = useRouter();
  const { texts, ready, save, remove } = useOwnTexts();
  const id = useSearchParams().get('text');
  const [editing, setEditing] = useState<string | null>(null);
  const open = id ? texts.find((x) => x.id === id) : undefined;

  function store(existing: OwnText | undefined) {
    return (title: string, paragraphs: OwnParagraph[]) => {
      const text: OwnText = { id: existing?.id ?? newOwnTextId(), title, paragraphs, savedAt: Date.now() };
      if (!save(text).ok) return 'quota';
      setEditing(null);
      if (!existing) router.push({ pathname: '/read', query: { text: text.id } });
      return null;
    };
  }
  function onDelete(text: OwnText) {
    if (!window.confirm(t('confirmDelete', { title: text.title }))) return;
    remove(text.id);
    if (id === text.id) router.push('/read');
  }

  if (!ready) return null;
  if (id && !open) {
    return (
      <p role="alert">
        {t('errors.notFound')}{' '}
        <Link href="/read" className="underline underline-offset-2">{t('back')}</Link>
      </p>
    );
  }
  if (open) {
    return (
      <div className="space-y-4">
        <nav className="flex flex-wrap items-center gap-2">
          <Link href="/read" className={BUTTON}>← {t('back')}</Link>
          <button type="button" onClick={() => setEditing(editing ? null : open.id)} aria-expanded={editing === open.id} className={BUTTON}>{t('edit')}</button>
          <Link href={{ pathname: '/assign', query: { own: open.id } }} className={BUTTON}>{t('assign')}</Link>
          <button type="button" onClick={() => onDelete(open)} className={BUTTON}>{t('delete')}</button>
        </nav>
        {editing === open.id ? <OwnTextForm initial={open} onSave={store(open)} onCancel={() => setEditing(null)} /> : null}
        <h2 lang="zh-Hans" className="text-2xl font-bold">{open.title}</h2>
        <OwnTextReader text={open} />
      </div>
    );
  }
  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <section aria-labelledby="own-saved">
        <h2 id="own-saved" className="mb-3 text-xl font-semibold">{t('savedHeading')}</h2>
        <OwnTextList texts={texts} onDelete={onDelete} />
      </section>
      <section aria-labelledby="own-new">
        <h2 id="own-new" className="mb-3 text-xl font-semibold">{t('newHeading')}</h2>
        <OwnTextForm onSave={store(undefined)} />
      </section>
    </div>
  );
}
