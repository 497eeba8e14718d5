'use client';

import { Activity, useMemo } from 'react';
import { type PackedDocument, unpackDocument } from '@/lib/reader/pack';
import { Reader, type ReaderOptions } from './reader';

type Props = { packed: PackedDocument; options?: ReaderOptions };

/**
 * The reader for a document sent from the server in its compact wire form.
 * Inside an <Activity> boundary: React hydrates what is outside boundaries in one task, and the
 * reader (unpacking included) would make that task long; a boundary's content hydrates later in
 * small tasks, while a touch on it still hydrates it at once.
 */
export function PackedReader(props: Props) {
  return (
    <Activity mode="visible">
      <Unpacked {...props} />
    </Activity>
  );
}

function Unpacked({ packed, options }: Props) {
  const document = useMemo(() => unpackDocument(packed), [packed]);
  return <Reader document={document} options={options} />;
}
