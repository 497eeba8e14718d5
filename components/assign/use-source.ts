'use client';

import { useEffect, useState } from 'react';
import { fetchArticle } from '@/lib/assign/article-client';
import type { OwnParagraph } from '@/lib/assign/types';
import type { Block } from '@/lib/content/types';
import { annotateParagraphs } from '@/lib/own-text/annotate-client';

export type SourceChoice = { kind: 'article'; slug: string } | { kind: 'own'; id: string; title: string; paragraphs: OwnParagraph[] };

export type LoadedSource =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'ready'; title: string; blocks: Block[] };

/** Annotated blocks for the chosen text: a shipped article from the API, an own text through /api/annotate. */
export function useSource(choice: SourceChoice | null): LoadedSource {
  const [state, setState] = useState<LoadedSource>({ status: 'idle' });
  const key = choice ? (choice.kind === 'article' ? `a:${choice.slug}` : `o:${choice.id}`) : '';
  useEffect(() => {
    if (!choice) return;
    const controller = new AbortController();
    // Reset while the new text loads (a synchronous set in an effect is intended here).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setState({ status: 'loading' });
    const load =
      choice.kind === 'article'
        ? fetchArticle(choice.slug, controller.signal).then((a) => ({ title: a.title.zh, blocks: a.blocks }))
        : annotateParagraphs(choice.paragraphs, controller.signal).then((blocks) => ({ title: choice.title, blocks }));
    load.then(
      (loaded) => setState({ status: 'ready', ...loaded }),
      () => {
        if (!controller.signal.aborted) setState({ status: 'error' });
      },
    );
    return () => controller.abort();
    // The key names the choice; the object itself is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return choice ? state : { status: 'idle' };
}
