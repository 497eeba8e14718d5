'use client';

import './reader.css';
import { Activity, type ComponentProps, memo, useMemo } from 'react';
import { sentencesOf } from '@/lib/reader/prepare';
import type { ReaderDocument } from '@/lib/reader/types';
import { useDetails } from '@/lib/reader/use-details';
import { type BlockFullContext, useBlockFull, useFullBlocks } from '@/lib/reader/use-full-blocks';
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

type LazyBlockProps = Omit<ComponentProps<typeof BlockView>, 'full'> & { index: number; lazy: BlockFullContext };

/**
 * A block whose words become full as it nears the screen (lib/reader/use-full-blocks.ts). It
 * re-renders only when it changes, not whenever the reader does.
 */
const LazyBlock = memo(function LazyBlock({ index, lazy, ...props }: LazyBlockProps) {
  const full = useBlockFull(props.block.id, index, lazy);
  return <BlockView {...props} full={full} />;
});

/**
 * The reader, for shipped articles and own texts alike. It renders from a compact document (word
 * table + token indices) rather than as server components, whose every element would travel
 * twice (HTML and RSC payload): the text is thousands of elements.
 */
export function Reader({ document, options = {} }: Props) {
  const { translation = true, pinyin = true, focusWords, progress = false } = options;
  const focus = useMemo(() => (focusWords ? new Set(focusWords) : undefined), [focusWords]);
  const sentences = useMemo(() => sentencesOf(document), [document]);
  const blockIds = useMemo(() => document.blocks.map((b) => b.id), [document.blocks]);
  const { details, failed, request } = useDetails(document);
  const { complete, fill, block: lazy } = useFullBlocks(blockIds);
  return (
    <div
      data-reader
      data-full={complete ? '' : undefined}
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
            <LazyBlock index={i} lazy={lazy} block={block} words={document.words} focus={focus} translation={translation} />
          </Activity>
        ))}
      </div>
      <WordSheetController
        words={document.words}
        details={details}
        failed={failed}
        sentences={sentences}
        source={document.source}
        fill={fill}
      />
    </div>
  );
}
