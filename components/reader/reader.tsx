'use client';

import './reader.css';
import { Activity, memo, useCallback, useEffect, useMemo } from 'react';
import { flushSync } from 'react-dom';
import { sentencesOf } from '@/lib/reader/prepare';
import type { ReaderDocument } from '@/lib/reader/types';
import { useDetails } from '@/lib/reader/use-details';
import { useFullBlocks } from '@/lib/reader/use-full-blocks';
import { SavedWordsStyle } from '@/components/vocabulary/saved-words-style';
import { BlockView } from './block-view';
import { ReaderToolbar } from './reader-toolbar';
import { ReadingProgress } from './reading-progress';
import { WordSheetController } from './word-sheet-controller';

export type ReaderOptions = {
  /** Offer the English translation (assignments can hide it). */
  translation?: boolean;
  /** Offer pinyin above words (assignments can turn it off). */
  pinyin?: boolean;
  /** Words to highlight, e.g. an assignment's focus words. */
  focusWords?: readonly string[];
  /** Remember and show how far the learner got (shipped articles). */
  progress?: boolean;
};

type Props = { document: ReaderDocument; options?: ReaderOptions };

// A block re-renders only when it changes (becomes full), not when the reader does.
const Block = memo(BlockView);

/** Tells the reader that the block beside it has hydrated. */
function Hydrated({ onMount }: { onMount: () => void }) {
  useEffect(onMount, [onMount]);
  return null;
}

/**
 * The reader, for shipped articles and own texts alike. It renders from a compact document (word
 * table + token indices) rather than as server components, whose every element would travel
 * twice (HTML and RSC payload): the text is thousands of elements.
 */
export function Reader({ document, options = {} }: Props) {
  const { translation = true, pinyin = true, focusWords, progress = false } = options;
  const focus = useMemo(() => (focusWords ? new Set(focusWords) : undefined), [focusWords]);
  const sentences = useMemo(() => sentencesOf(document), [document]);
  const wordCount = useMemo(
    () => document.blocks.reduce((n, b) => n + b.sentences.reduce((m, s) => m + s.tokens.filter((t) => typeof t === 'number').length, 0), 0),
    [document.blocks],
  );
  const { details, failed, request } = useDetails(document);
  const { full, fill, hydrated } = useFullBlocks(document.blocks.length);
  // A tap on a light word: make its block (and those above) full now, so the sheet can open on it.
  const fillTo = useCallback(
    (blockId: string | undefined) => {
      const i = document.blocks.findIndex((b) => b.id === blockId);
      flushSync(() => fill(i < 0 ? document.blocks.length : i + 1));
    },
    [document.blocks, fill],
  );
  return (
    <div
      data-reader
      data-full={full === document.blocks.length ? '' : undefined}
      className={`reader${pinyin ? '' : ' no-pinyin'}`}
      onPointerDown={request}
      onKeyDown={request}
      onFocus={request}
    >
      <SavedWordsStyle />
      <ReaderToolbar translation={translation} pinyin={pinyin} />
      {progress && document.source.kind === 'article' ? <ReadingProgress slug={document.source.slug} /> : null}
      <div className="reader-text">
        {/* A boundary per block: React hydrates the server's HTML block by block in small tasks
            instead of the whole text in one long one, so the page answers touches sooner.
            <Activity> rather than <Suspense>: the server cannot move an Activity's content to the
            end of the page to be revealed by script later, so the text paints as soon as it arrives. */}
        {document.blocks.map((block, i) => (
          <Activity key={block.id} mode="visible">
            <Block block={block} words={document.words} focus={focus} translation={translation} full={i < full} />
            <Hydrated onMount={hydrated} />
          </Activity>
        ))}
      </div>
      <WordSheetController
        words={document.words}
        details={details}
        failed={failed}
        sentences={sentences}
        source={document.source}
        complete={full === document.blocks.length}
        fillTo={fillTo}
        wordCount={wordCount}
      />
    </div>
  );
}
