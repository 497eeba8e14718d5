'use client';

import { useCallback, useState } from 'react';
import type { ReaderDocument, WordDetail } from './types';

/** Our own static file; the check guards against a stale cache or a proxy's error page. */
function isDetails(value: unknown): value is { details: WordDetail[] } {
  const details: unknown = value && typeof value === 'object' ? Reflect.get(value, 'details') : undefined;
  return (
    Array.isArray(details) &&
    details.every((d: unknown) => d && typeof d === 'object' && typeof Reflect.get(d, 'text') === 'string' && Array.isArray(Reflect.get(d, 'definitions')))
  );
}

const loads = new Map<string, Promise<WordDetail[]>>();

function load(url: string): Promise<WordDetail[]> {
  let pending = loads.get(url);
  if (!pending) {
    pending = fetch(url)
      .then((r) => {
        if (!r.ok) throw new Error(`${r.status}`);
        return r.json();
      })
      .then((json: unknown) => {
        if (!isDetails(json)) throw new Error('unexpected details file');
        return json.details;
      });
    pending.catch(() => loads.delete(url));
    loads.set(url, pending);
  }
  return pending;
}

/**
 * The word details of a text: inline for own texts, fetched once for shipped articles. `request`
 * starts the fetch; the reader calls it on the first touch, key press or focus, before a tap ends.
 */
export function useDetails(document: ReaderDocument): {
  details: WordDetail[] | undefined;
  failed: boolean;
  request: () => void;
} {
  const [fetched, setFetched] = useState<WordDetail[] | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const url = document.detailsUrl;
  const request = useCallback(() => {
    if (!url || fetched) return;
    setFailed(false);
    load(url).then(setFetched, () => setFailed(true));
  }, [url, fetched]);
  return { details: document.details ?? fetched, failed, request };
}
