'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import type { VocabularyEntry } from '@/lib/vocabulary/types';
import { WordDetails } from './word-details';

type Props = { entry: VocabularyEntry | undefined; onClose: () => void };

/**
 * A modal <dialog>: the browser gives it role=dialog, traps focus and closes it on Escape. We
 * put focus back on whatever opened it, since not every browser restores focus on close.
 */
export function WordDialog({ entry, onClose }: Props) {
  const t = useTranslations('WordDialog');
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const open = entry !== undefined;

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      d.showModal();
    } else if (!open && d.open) d.close();
  }, [open]);

  function closed() {
    onClose();
    opener.current?.focus();
    opener.current = null;
  }

  return (
    <dialog
      ref={dialog}
      aria-labelledby="word-dialog-title"
      onClose={closed}
      onClick={(event) => {
        if (event.target === dialog.current) dialog.current.close();
      }}
      className="m-auto max-h-[90dvh] w-[min(32rem,calc(100vw-1.5rem))] overflow-y-auto rounded-2xl border border-stone-200 bg-paper p-0 text-ink shadow-xl backdrop:bg-stone-950/50 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
    >
      <div className="p-5">
        <div className="flex justify-end">
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            aria-label={t('close')}
            className="-mr-2 -mt-2 inline-flex size-10 items-center justify-center rounded-full hover:bg-stone-100 dark:hover:bg-stone-800"
          >
            <span aria-hidden="true">✕</span>
          </button>
        </div>
        {entry ? <WordDetails entry={entry} titleId="word-dialog-title" /> : null}
      </div>
    </dialog>
  );
}
