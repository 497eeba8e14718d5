'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { Reader } from '@/components/reader/reader';
import type { Block } from '@/lib/content/types';
import { annotateParagraphs } from '@/lib/own-text/annotate-client';
import type { OwnText } from '@/lib/own-text/types';
import { prepareDocument } from '@/lib/reader/prepare';

type Props = { text: OwnText };

type State = { key: string; blocks: Block[] | 'error' };

/** An own text in the same reader as the shipped articles, annotated through POST /api/annotate. */
export function OwnTextReader({ text }: Props) {
  const t = useTranslations('OwnText');
  const key = `${text.id}:${text.savedAt}`;
  const [state, setState] = useState<State | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    annotateParagraphs(text.paragraphs, controller.signal).then(
      (blocks) => setState({ key, blocks }),
      () => {
        if (!controller.signal.aborted) setState({ key, blocks: 'error' });
      },
    );
    return () => controller.abort();
  }, [key, text.paragraphs]);

  if (!state || state.key !== key) return <p role="status">{t('loading')}</p>;
  if (state.blocks === 'error') return <p role="alert" className="text-accent">{t('errors.annotate')}</p>;
  const document = prepareDocument({ kind: 'own', id: text.id, title: text.title }, state.blocks);
  return <Reader document={document} options={{ translation: text.paragraphs.some((p) => p.en) }} />;
}
