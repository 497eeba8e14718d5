/**
 * Assignment links: `1.<base64url(zlib(JSON))>`. Pure and isomorphic (the builder encodes in the
 * browser, the student view and handout decode on the server). zlib's Adler-32 checksum catches
 * damaged or edited links; zod then checks that what is left is an assignment we could have made.
 */
import { unzlibSync, zlibSync } from 'fflate';
import { LINK_VERSION, MAX_DECODED_BYTES, MAX_LINK_CODE } from './limits';
import { reshape, toWire, wireSchema } from './schema';
import type { Assignment, DecodeResult, EncodeResult } from './types';

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Adler-32 (RFC 1950): fflate's unzlibSync does not check the zlib trailer, so we do. */
function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function trailer(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return bytes.length < 6 ? -1 : view.getUint32(bytes.length - 4);
}

/** The `?a=` value for an assignment, or why it does not fit in a link. */
export function encodeAssignment(assignment: Assignment): EncodeResult {
  const json = JSON.stringify(toWire(assignment));
  const code = `${LINK_VERSION}.${toBase64Url(zlibSync(new TextEncoder().encode(json), { level: 9 }))}`;
  if (code.length > MAX_LINK_CODE) return { ok: false, error: 'too-long', length: code.length, limit: MAX_LINK_CODE };
  return { ok: true, code };
}

/** Reads a `?a=` value. Never throws: every problem is a typed error the page can explain. */
export function decodeAssignment(code: string | null | undefined): DecodeResult {
  if (!code) return { ok: false, error: 'missing' };
  const dot = code.indexOf('.');
  if (dot < 0 || code.slice(0, dot) !== LINK_VERSION) {
    return { ok: false, error: /^\d+\./.test(code) ? 'version' : 'corrupt' };
  }
  if (code.length > MAX_LINK_CODE) return { ok: false, error: 'too-long' };
  const bytes = fromBase64Url(code.slice(dot + 1));
  if (!bytes || bytes.length === 0) return { ok: false, error: 'corrupt' };

  let json: unknown;
  try {
    // One byte more than allowed: if it fills up, the data was too big (fflate truncates silently).
    const out = unzlibSync(bytes, { out: new Uint8Array(MAX_DECODED_BYTES + 1) });
    if (out.length > MAX_DECODED_BYTES) return { ok: false, error: 'invalid' };
    if (adler32(out) !== trailer(bytes)) return { ok: false, error: 'corrupt' };
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(out));
  } catch {
    return { ok: false, error: 'corrupt' };
  }
  const parsed = wireSchema.safeParse(json);
  return parsed.success ? { ok: true, assignment: reshape(parsed.data) } : { ok: false, error: 'invalid' };
}
