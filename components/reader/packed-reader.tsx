'use client';

import { useMemo } from 'react';
import { type PackedDocument, unpackDocument } from '@/lib/reader/pack';
import { Reader, type ReaderOptions } from './reader';

type Props = { packed: PackedDocument; options?: ReaderOptions };

/** The reader for a document sent from the server in its compact wire form. */
export function PackedReader({ packed, options }: Props) {
  const document = useMemo(() => unpackDocument(packed), [packed]);
  return <Reader document={document} options={options} />;
}
