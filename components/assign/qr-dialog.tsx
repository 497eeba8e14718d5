'use client';

import { useRef } from 'react';
import type { QrMatrix } from '@/lib/assign/qr';
import { QrCode } from './qr-code';

type Props = { qr: QrMatrix; label: string; open: string; close: string };

/** The QR code filling the screen, for a projector: big enough to scan from the back of a classroom. */
export function QrDialog({ qr, label, open, close }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="inline-flex min-h-11 items-center rounded-full border border-stone-300 px-5 font-medium hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
      >
        {open}
      </button>
      <dialog
        ref={dialog}
        aria-label={label}
        onClick={(e) => e.target === dialog.current && dialog.current.close()}
        className="m-auto max-h-none max-w-none bg-white p-4 backdrop:bg-black/80"
      >
        <QrCode qr={qr} label={label} className="size-[min(88vw,80dvh)]" />
        <form method="dialog" className="mt-2 text-center">
          <button type="submit" className="min-h-11 rounded-full bg-ink px-6 font-medium text-white">
            {close}
          </button>
        </form>
      </dialog>
    </>
  );
}
