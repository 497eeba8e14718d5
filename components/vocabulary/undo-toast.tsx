'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';

type Props = { message: string; onUndo: () => void; onDismiss: () => void };

const VISIBLE_MS = 10_000;

/**
 * "Deleted 董事长. Undo": focus moves to Undo because the deleted row (and the button that had
 * focus) is gone; the toast leaves by itself after a while.
 */
export function UndoToast({ message, onUndo, onDismiss }: Props) {
  const t = useTranslations('Vocabulary');
  const undo = useRef<HTMLButtonElement>(null);
  const dismiss = useRef(onDismiss);
  useEffect(() => {
    dismiss.current = onDismiss;
  }, [onDismiss]);
  // Once per toast (the parent keys it by word): a re-render must not steal focus or restart the clock.
  useEffect(() => {
    undo.current?.focus();
    const timer = setTimeout(() => dismiss.current(), VISIBLE_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div
      role="status"
      className="fixed inset-x-3 bottom-4 z-40 mx-auto flex max-w-md items-center gap-3 rounded-xl bg-stone-900 px-4 py-2 text-stone-50 shadow-lg dark:bg-stone-100 dark:text-stone-900"
    >
      <span className="min-w-0 flex-1">{message}</span>
      <button ref={undo} type="button" onClick={onUndo} className="min-h-10 rounded-full px-3 font-semibold text-amber-300 dark:text-accent">
        {t('undo')}
      </button>
      <button type="button" onClick={onDismiss} aria-label={t('dismiss')} className="inline-flex size-10 items-center justify-center rounded-full">
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  );
}
