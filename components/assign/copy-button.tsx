'use client';

import { useState } from 'react';

type Props = { text: string; label: string; done: string; failed: string; className?: string };

/** Copies text to the clipboard and says so (politely, for screen readers too). */
export function CopyButton({ text, label, done, failed, className }: Props) {
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('done');
      window.setTimeout(() => setState('idle'), 2500);
    } catch {
      setState('failed');
    }
  }
  return (
    <>
      <button
        type="button"
        onClick={copy}
        className={
          className ??
          'inline-flex min-h-11 items-center justify-center rounded-full bg-ink px-5 font-medium text-white hover:opacity-90 dark:bg-stone-100 dark:text-stone-900'
        }
      >
        {state === 'done' ? done : label}
      </button>
      <span role="status" className={state === 'failed' ? 'text-sm text-accent' : 'sr-only'}>
        {state === 'done' ? done : state === 'failed' ? failed : ''}
      </span>
    </>
  );
}
