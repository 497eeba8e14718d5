import { z } from 'zod';
import { annotate } from '@/lib/annotate';

// jieba is a native addon and the dictionary is read from disk: Node runtime only.
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Longest text accepted, counted in Unicode code points (what a reader sees as characters). */
export const MAX_TEXT_CHARACTERS = 20_000;
/**
 * Bodies are read up to this many bytes: 20,000 characters escaped as \uXXXX surrogate pairs
 * take 240 KB, so 1 MB is generous and still stops anyone streaming gigabytes at us.
 */
const MAX_BODY_BYTES = 1024 * 1024;
const ALLOW = 'POST';

const bodySchema = z.object({ text: z.string({ error: 'text must be a string' }) });

function error(status: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: message }, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}

const tooLarge = (): Response =>
  error(413, `text is too long: at most ${MAX_TEXT_CHARACTERS.toLocaleString('en')} characters per request`);

/** Reads the body as UTF-8, giving up (undefined) past `limit` bytes instead of buffering it all. */
async function readBody(request: Request, limit: number): Promise<string | undefined> {
  const declared = Number(request.headers.get('content-length') ?? '');
  if (Number.isFinite(declared) && declared > limit) return undefined;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** POST {"text": "…"} → {"tokens": [Token, …]}; see CONTRACT.md. */
export async function POST(request: Request): Promise<Response> {
  let raw: string | undefined;
  try {
    raw = await readBody(request, MAX_BODY_BYTES);
  } catch {
    return error(400, 'Could not read the request body.');
  }
  if (raw === undefined) return tooLarge();

  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return error(400, 'The body must be JSON, like {"text": "你好"}.');
  }
  const parsed = bodySchema.safeParse(json);
  if (!parsed.success) {
    const missing = typeof json !== 'object' || json === null || !('text' in json);
    return error(400, missing ? 'The body needs a "text" field, like {"text": "你好"}.' : '"text" must be a string.');
  }

  const { text } = parsed.data;
  // Cheap UTF-16 check first; only count code points when it could matter.
  if (text.length > MAX_TEXT_CHARACTERS && Array.from(text).length > MAX_TEXT_CHARACTERS) return tooLarge();

  try {
    return Response.json({ tokens: annotate(text) }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (cause) {
    // annotate() is written never to throw; if the engine itself is broken (no dictionary), say so plainly.
    console.error('POST /api/annotate failed', cause);
    return error(503, 'The annotation engine is not available right now. Please try again later.', { 'Retry-After': '30' });
  }
}

function methodNotAllowed(request: Request): Response {
  return error(405, `${request.method} is not supported here; send POST with {"text": "…"}.`, { Allow: ALLOW });
}

export const GET = methodNotAllowed;
export const HEAD = methodNotAllowed;
export const PUT = methodNotAllowed;
export const DELETE = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const OPTIONS = methodNotAllowed;
