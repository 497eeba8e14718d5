/** Saves text as a file from the browser, with no server round trip (works offline). */
export function downloadText(filename: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "dubao-vocabulary-anki-2026-11-25.txt" */
export function exportFilename(kind: string, extension: string, now: Date = new Date()): string {
  return `dubao-vocabulary-${kind}-${now.toISOString().slice(0, 10)}.${extension}`;
}
