'use client';

import { useMemo } from 'react';
import { encodeAssignment } from '@/lib/assign/encode';
import type { BlockRange, EncodeResult } from '@/lib/assign/types';
import type { AssignOptionsValue } from './assign-options';
import type { SourceChoice } from './use-source';

/** The encoded link for the builder's current choices; null until a text and paragraphs are chosen. */
export function useAssignmentLink(
  source: SourceChoice | null,
  range: BlockRange | null,
  focusWords: readonly string[],
  options: AssignOptionsValue,
): EncodeResult | null {
  const sourceKey = source ? JSON.stringify(source) : '';
  const focusKey = focusWords.join('\u0000');
  return useMemo(() => {
    if (!source || !range) return null;
    return encodeAssignment({
      source: source.kind === 'article' ? source : { kind: 'own', title: source.title, paragraphs: source.paragraphs },
      range,
      focusWords: [...focusWords],
      instructions: options.instructions.trim(),
      ...(options.due ? { due: options.due } : {}),
      options: { translation: options.translation, pinyin: options.pinyin, handoutPinyin: options.handoutPinyin },
    });
    // Keyed by value: the builder derives `source` and `focusWords` afresh on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sourceKey, range, focusKey, options]);
}
