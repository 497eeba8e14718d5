import { describe, expect, it } from 'vitest';
import { qrPath } from './qr';

describe('QR codes', () => {
  it('encodes a typical assignment link as a coarse code with a quiet zone', () => {
    const qr = qrPath(`https://example.org/en/assign/view?a=1.${'x'.repeat(200)}`);
    if (!qr) throw new Error('no QR code');
    // ~250 bytes at medium error correction: version 11, 61 modules, easy to scan across a room.
    expect(qr.version).toBeLessThanOrEqual(12);
    expect(qr.size).toBe(qr.version * 4 + 17 + 8);
    expect(qr.path).toMatch(/^M4 4h7v1h-7z/); // the top-left finder pattern
  });

  it('says when a link is too long for any QR code', () => {
    expect(qrPath('x'.repeat(3000))).toBeNull();
  });
});
