import { describe, expect, it } from 'vitest';
import { DELETE, GET, PATCH, POST, PUT } from './route';

const url = 'http://localhost/api/annotate';

function post(body: BodyInit | null, contentType = 'application/json'): Promise<Response> {
  return POST(new Request(url, { method: 'POST', body, headers: { 'Content-Type': contentType } }));
}

async function errorOf(response: Response): Promise<string> {
  const body: unknown = await response.json();
  const message = typeof body === 'object' && body !== null ? Reflect.get(body, 'error') : undefined;
  expect(typeof message).toBe('string');
  return String(message);
}

describe('POST /api/annotate', () => {
  it('answers tokens whose texts rebuild the input', async () => {
    const text = '龙山区委书记李鹏飞一语中的。';
    const response = await post(JSON.stringify({ text }));
    expect(response.status).toBe(200);
    const body: unknown = await response.json();
    const tokens: unknown = typeof body === 'object' && body !== null ? Reflect.get(body, 'tokens') : undefined;
    expect(Array.isArray(tokens)).toBe(true);
    const list = Array.isArray(tokens) ? tokens : [];
    expect(list.map((t: unknown) => (typeof t === 'object' && t !== null ? Reflect.get(t, 'text') : '')).join('')).toBe(text);
    expect(list.find((t: unknown) => typeof t === 'object' && t !== null && Reflect.get(t, 'text') === '李鹏飞')).toMatchObject({
      pinyin: ['lǐ', 'péng', 'fēi'],
      definitions: ['Li Pengfei (personal name)'],
    });
  });

  it('accepts empty text and odd characters', async () => {
    expect(await (await post(JSON.stringify({ text: '' }))).json()).toEqual({ tokens: [] });
    const odd = await post(JSON.stringify({ text: '\u0000\ud800😀 a1' }));
    expect(odd.status).toBe(200);
  });

  it.each([
    ['not JSON', 'text=你好'],
    ['truncated JSON', '{"text": "你好"'],
    ['empty body', ''],
    ['JSON null', 'null'],
    ['a JSON string', '"你好"'],
    ['an array', '[{"text": "你好"}]'],
    ['no text field', '{"words": "你好"}'],
    ['text is a number', '{"text": 42}'],
    ['text is null', '{"text": null}'],
    ['text is an array', '{"text": ["你好"]}'],
  ])('answers 400 with a readable error for %s', async (_label, body) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect((await errorOf(response)).length).toBeGreaterThan(10);
  });

  it('answers 413 above 20,000 characters and accepts exactly 20,000 (counted in code points)', async () => {
    expect((await post(JSON.stringify({ text: '中'.repeat(20_001) }))).status).toBe(413);
    expect(await errorOf(await post(JSON.stringify({ text: 'a'.repeat(20_001) })))).toMatch(/20,000/);
    // 20,000 emoji are 40,000 UTF-16 units but 20,000 characters.
    expect((await post(JSON.stringify({ text: '😀'.repeat(20_000) }))).status).toBe(200);
  });

  it('answers 413 for a huge body without reading it all', async () => {
    expect((await post(`{"text": "${'a'.repeat(2 * 1024 * 1024)}"}`)).status).toBe(413);
  });
});

describe('other methods', () => {
  it.each([
    ['GET', GET],
    ['PUT', PUT],
    ['DELETE', DELETE],
    ['PATCH', PATCH],
  ])('%s answers 405 with an Allow header and a JSON error', async (method, handler) => {
    const response = handler(new Request(url, { method }));
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('POST');
    expect(await errorOf(response)).toMatch(/POST/);
  });
});
