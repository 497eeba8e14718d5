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
  const resume = !dismissed && saved && saved.index > 1 ? saved : null;

  useEffect(() => {
    const blocks = Array.from(document.querySelectorAll<HTMLElement>('[data-reader] .block'));
    const observer = new IntersectionObserver(
      (entries) => {
        const visible = entries.filter((e) => e.isIntersecting).map((e) => blocks.findIndex((b) => b === e.target));
        if (visible.length === 0) return;
        const index = Math.max(...visible);
        const p = Math.round(((index + 1) / blocks.length) * 100);
        setPercent(p);
        const block = blocks[index];
        if (block) savePosition(slug, { id: block.id, index, percent: p });
      },
      { rootMargin: '0px 0px -60% 0px' },
    );
    blocks.forEach((b) => observer.observe(b));
    return () => observer.disconnect();
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
