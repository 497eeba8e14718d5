'use client';

import { useTranslations } from 'next-intl';
import { memo, type ReactNode, type RefObject } from 'react';
import type { ReaderWord, WordDetail } from '@/lib/reader/types';
import { CharacterTable } from './character-table';
import { Pinyin } from './pinyin';

type Props = {
  dialog: RefObject<HTMLDialogElement | null>;
  word: ReaderWord | undefined;
  /** Senses and the rest, once loaded. */
  detail: WordDetail | undefined;
  /**
   * The word has just changed and `detail` (with `save`) is still the last word's, hidden until
   * this one's is rendered: the first frame after a tap changes only the word and its pinyin.
   */
  stale: boolean;
  failed: boolean;
  position: string;
  onPrev: () => void;
  onNext: () => void;
  /** Asks to close (the ✕ button). */
  onClose: () => void;
  /** The dialog has closed, however that happened. */
  onClosed: () => void;
  onListen: (() => void) | null;
  save: ReactNode;
};

const LABELLED_KINDS = ['person', 'place', 'organization', 'idiom'] as const;
type LabelledKind = (typeof LABELLED_KINDS)[number];
const isLabelled = (kind: string | undefined): kind is LabelledKind => LABELLED_KINDS.some((k) => k === kind);

/** The word sheet: a bottom sheet on phones, a popover beside the word on wide screens. */
export function WordSheet({ dialog, word, detail, stale, failed, position, onPrev, onNext, onClose, onClosed, onListen, save }: Props) {
  const t = useTranslations('WordSheet');
  return (
    <dialog ref={dialog} className="word-sheet" aria-labelledby="word-sheet-word" onClose={onClosed}>
      {word ? (
        <div className="flex flex-col gap-3">
          <div className="flex items-start gap-3">
            <div className="min-w-0 flex-1">
              <h2 id="word-sheet-word" lang="zh-Hans" className="text-3xl font-semibold leading-tight">
                <span className="hz-s">{word.text}</span>
                <span className="hz-t">{word.traditional ?? word.text}</span>
              </h2>
              {word.traditional ? (
                <p className="text-sm text-stone-600 dark:text-stone-400">
                  {t('traditional')} <span lang="zh-Hant">{word.traditional}</span>
                </p>
              ) : null}
            </div>
            <button type="button" className="sheet-btn" onClick={onClose} aria-label={t('close')}>
              <span aria-hidden="true">✕</span>
            </button>
          </div>
          <p className="flex flex-wrap items-center gap-2">
            <Pinyin syllables={word.pinyin} citation={word.citationPinyin} className="text-xl" />
            {!stale && isLabelled(detail?.kind) ? <span className="badge">{t(`kind.${detail.kind}`)}</span> : null}
            {!stale && detail?.hsk ? <span className="badge">HSK {detail.hsk}</span> : null}
          </p>
          {/* Hidden rather than removed while stale: the next render replaces its text in place. */}
          <div hidden={stale} className="flex min-h-6 flex-col gap-3">
            <SheetDetail detail={detail} failed={failed} />
          </div>
          <div className="flex flex-wrap items-center gap-2 border-t border-stone-200 pt-3 dark:border-stone-700">
            {onListen ? (
              <button type="button" className="sheet-btn" onClick={onListen}>
                {t('listen')}
              </button>
            ) : null}
            <span hidden={stale} className="contents">
              {save}
            </span>
            <span className="ml-auto text-sm text-stone-600 dark:text-stone-400" aria-live="polite">
              {position}
            </span>
            <button type="button" className="sheet-btn" onClick={onPrev} aria-label={t('previous')}>
              <span aria-hidden="true">←</span>
            </button>
            <button type="button" className="sheet-btn" onClick={onNext} aria-label={t('next')}>
              <span aria-hidden="true">→</span>
            </button>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}

/**
 * Senses, note, character breakdown and measure words. Memoised: the render that shows a newly
 * tapped word's pinyin leaves it alone (it is hidden, still the last word's, until the next).
 */
const SheetDetail = memo(function SheetDetail({ detail, failed }: { detail: WordDetail | undefined; failed: boolean }) {
  const t = useTranslations('WordSheet');
  return (
    <>
      {detail ? (
        // (Ten senses or more: room for the two-digit numbers, which would stand out into the margin.)
        <ol className={`senses list-decimal space-y-1 ${detail.definitions.length >= 10 ? 'pl-7' : 'pl-5'}`} lang="en">
          {detail.definitions.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ol>
      ) : (
        <p role="status" className="text-stone-600 dark:text-stone-400">
          {failed ? t('loadFailed') : t('loading')}
        </p>
      )}
      {detail?.note ? (
        <p lang="en" className="rounded-lg bg-stone-100 p-3 text-sm dark:bg-stone-800">
          <span className="font-semibold">{t('note')}</span> {detail.note}
        </p>
      ) : null}
      {detail?.characters ? <CharacterTable characters={detail.characters} /> : null}
      {detail?.measureWords?.length ? (
        <p className="text-sm">
          <span className="font-semibold">{t('measureWords')}</span>{' '}
          <span lang="zh-Hans">{detail.measureWords.map((m) => m.simplified).join('、')}</span>
        </p>
      ) : null}
    </>
  );
});
