'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { initialPosition, savePosition } from '@/lib/reader/progress';

type Props = { slug: string };

/**
 * Remembers the paragraph the learner reached in this article, shows progress through it, and
 * offers to jump back to where they left off.
 */
export function ReadingProgress({ slug }: Props) {
  const t = useTranslations('Reader');
  const [percent, setPercent] = useState(0);
  const [dismissed, setDismissed] = useState(false);
  const saved = useSyncExternalStore(noSubscription, () => initialPosition(slug), () => null);
  // A reload goes straight back to the block (below), so it offers nothing.
  const reloaded = useSyncExternalStore(noSubscription, isReload, () => false);
  const resume = !dismissed && !reloaded && saved && saved.index > 1 ? saved : null;

  useEffect(() => {
    const blocks = Array.from(document.querySelectorAll<HTMLElement>('[data-reader] .block'));
    const indexOf = new Map(blocks.map((b, i) => [b, i]));
    // The blocks in the upper part of the screen. An observer reports only the blocks that came
    // in or went out, so the set is kept here.
    const inView = new Set<number>();
    // Nothing is saved until the learner scrolls, touches or presses a key: a reload lands where
    // the browser puts it, which (blocks off screen having estimated heights) may not be the spot.
    let engaged = false;
    const update = () => {
      if (inView.size === 0) return;
      const top = Math.min(...inView);
      const atEnd = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
      // How far: the lowest block in the upper part of the screen, all of it at the end of the page.
      const p = atEnd ? 100 : Math.round(((Math.max(...inView) + 1) / blocks.length) * 100);
      setPercent(p);
      // Where: the block at the top of the screen, which Continue (or a reload) brings back to the top.
      const block = blocks[top];
      if (block && engaged) savePosition(slug, { id: block.id, index: top, percent: p });
    };
    const observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          const i = indexOf.get(e.target as HTMLElement);
          if (i === undefined) continue;
          if (e.isIntersecting) inView.add(i);
          else inView.delete(i);
        }
        update();
      },
      { rootMargin: '0px 0px -60% 0px' },
    );
    blocks.forEach((b) => observer.observe(b));
    const engage = () => {
      engaged = true;
      update();
    };
    const options = { passive: true, capture: true, once: true } as const;
    for (const type of ENGAGED_BY) window.addEventListener(type, engage, options);
    // A reload puts the learner back at the block they were reading, not at the browser's guess.
    const back = initialPosition(slug);
    const timers: ReturnType<typeof setTimeout>[] = [];
    if (back && isReload()) {
      // The browser restores its own scroll position on a reload, possibly after this runs, and
      // blocks above may still change height: the spot is taken again until the learner engages.
      const restore = () => {
        if (!engaged) document.getElementById(back.id)?.scrollIntoView({ block: 'start' });
      };
      restore();
      for (const ms of [100, 400, 1000]) timers.push(setTimeout(restore, ms));
    }
    return () => {
      observer.disconnect();
      timers.forEach(clearTimeout);
      for (const type of ENGAGED_BY) window.removeEventListener(type, engage, options);
    };
  }, [slug]);

  return (
    <>
      <div className="progress-track" role="progressbar" aria-label={t('progress')} aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100}>
        <div className="progress-bar" style={{ transform: `scaleX(${percent / 100})` }} />
      </div>
      {resume ? (
        <div className="resume" role="status">
          <span>{t('resumeText', { percent: resume.percent })}</span>
          <button
            type="button"
            className="tool-btn"
            onClick={() => {
              document.getElementById(resume.id)?.scrollIntoView({ block: 'start' });
              setDismissed(true);
            }}
          >
            {t('resume')}
          </button>
          <button type="button" className="sheet-btn" onClick={() => setDismissed(true)} aria-label={t('dismiss')}>
            <span aria-hidden="true">✕</span>
          </button>
        </div>
      ) : null}
    </>
  );
}

const noSubscription = () => () => {};

/** Whether this page load is a reload. */
function isReload(): boolean {
  const navigation = performance.getEntriesByType('navigation')[0];
  return navigation instanceof PerformanceNavigationTiming && navigation.type === 'reload';
}

/** What shows the learner is reading (see lib/reader/use-full-blocks.ts). */
const ENGAGED_BY = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;
