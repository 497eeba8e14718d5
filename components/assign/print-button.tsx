'use client';

type Props = { label: string };

/** Opens the browser's print dialog (where "Save as PDF" lives too). */
export function PrintButton({ label }: Props) {
  return (
    <button type="button" onClick={() => window.print()} className="inline-flex min-h-11 items-center rounded-full bg-accent px-5 font-medium text-white hover:opacity-90">
      {label}
    </button>
  );
}
