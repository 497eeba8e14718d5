'use client';

import { useTranslations } from 'next-intl';
import { type ReactNode, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { BlockType } from '@/lib/content/types';
import { useIsWide, useSetting } from '@/lib/reader/use-settings';

type Props = {
  id: string;
  type: BlockType;
  sentences: { id: string; en: string }[];
  /** The Chinese, rendered on the server. */
  children: ReactNode;
};

/**
 * A block with its English: beside it on wide screens, under it on phones when asked for, for
 * the whole block or one sentence at a time. Hovering or focusing a sentence highlights it
 * together with its translation.
 */
export function ParagraphShell({ id, type, sentences, children }: Props) {
  const t = useTranslations('Reader');
  const translations = useSetting('translations');
  const wide = useIsWide();
  const [open, setOpen] = useState<boolean | null>(null);
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set());
  const root = useRef<HTMLDivElement>(null);
  // The highlighted sentence and its elements: moving within it (every tap on its words sends a
  // pointerover and a focus) then changes and searches nothing.
  const active = useRef<{ sid: string | null; els: Element[] }>({ sid: null, els: [] });
  const global = translations === 'all' || (translations === 'auto' && wide);
  const shown = open ?? global;
  // "auto" leaves the choice to CSS (settings on <html> and the screen width), so the server's
  // HTML already shows the English on wide screens and nothing moves when the page hydrates.
  const state = open === null && (global || revealed.size === 0) ? 'auto' : shown ? 'open' : revealed.size > 0 ? 'partial' : 'closed';

  useEffect(() => {
    root.current?.querySelectorAll<HTMLElement>('[data-reveal]').forEach((b) => {
      b.setAttribute('aria-expanded', String(shown || revealed.has(b.dataset.reveal ?? '')));
    });
  }, [shown, revealed]);

  // A block that becomes full (its words made tappable, see lib/reader/use-full-blocks.ts) under
  // the pointer renders new sentence elements: they take the highlight the old ones had.
  useLayoutEffect(() => {
    const { sid } = active.current;
    if (!sid || !root.current || active.current.els.every((n) => n.isConnected)) return;
    const els = Array.from(root.current.querySelectorAll(`[data-s="${sid}"],[data-s-en="${sid}"]`));
    for (const n of els) n.classList.add('is-active');
    active.current = { sid, els };
  }, [children]);

  function onClick(event: React.MouseEvent) {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-reveal]') : null;
    const sid = button?.dataset.reveal;
    if (!sid) return;
    setRevealed((prev) => {
      const next = new Set(prev);
      if (next.has(sid)) next.delete(sid);
      else next.add(sid);
      return next;
    });
  }

  function highlight(event: React.SyntheticEvent) {
    const el = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-s],[data-s-en]') : null;
    const sid = el?.dataset.s ?? el?.dataset.sEn ?? null;
    if (sid === active.current.sid) return;
    for (const n of active.current.els) n.classList.remove('is-active');
    const els = sid && root.current ? Array.from(root.current.querySelectorAll(`[data-s="${sid}"],[data-s-en="${sid}"]`)) : [];
    for (const n of els) n.classList.add('is-active');
    active.current = { sid, els };
  }

  const enId = `${id}-en`;
  return (
    <div id={id} ref={root} className={`block block-${type}`} data-en={state} onClick={onClick} onPointerOver={highlight} onFocus={highlight}>
      {children}
      <div id={enId} lang="en" className="en">
        {sentences.map((s) => (
          <span key={s.id} data-s-en={s.id} data-revealed={revealed.has(s.id) ? '' : undefined} className="s-en">
            {s.en}{' '}
          </span>
        ))}
      </div>
      {type === 'paragraph' || type === 'heading' ? (
        <button type="button" className="en-toggle" aria-expanded={shown} aria-controls={enId} onClick={() => setOpen(!shown)}>
          {shown ? t('hideEnglish') : t('showEnglish')}
        </button>
      ) : null}
    </div>
  );
}
