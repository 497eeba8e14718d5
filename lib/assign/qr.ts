/**
 * A QR code as one SVG path (runs of dark modules merged), so it renders crisp at any size, on
 * screen and in print, with no canvas, no script and nothing for the CSP to object to.
 */
import { encode } from 'uqr';

export type QrMatrix = { size: number; path: string; version: number };

/** Modules of quiet zone around the code; the standard asks for 4. */
const QUIET = 4;

export function qrPath(text: string): QrMatrix | null {
  let data: boolean[][];
  let version: number;
  try {
    // Medium error correction survives a smudged printout; fall back to low for long links.
    ({ data, version } = safeEncode(text, 'M') ?? encode(text, { ecc: 'L', border: 0 }));
  } catch {
    return null; // longer than any QR code can hold
  }
  let path = '';
  data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (row[x]) x++;
      path += `M${start + QUIET} ${y + QUIET}h${x - start}v1h-${x - start}z`;
    }
  });
  return { size: data.length + 2 * QUIET, path, version };
}

function safeEncode(text: string, ecc: 'M' | 'L') {
  try {
    return encode(text, { ecc, border: 0 });
  } catch {
    return null;
  }
}
