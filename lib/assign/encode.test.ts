import { describe, expect, it } from 'vitest';
import { decodeAssignment, encodeAssignment } from './encode';
import { MAX_LINK_CODE } from './limits';
import type { Assignment } from './types';

const article: Assignment = {
  source: { kind: 'article', slug: 'liaoyuan-xian' },
  range: { first: 3, last: 7 },
  focusWords: ['思想', '解放', '契机'],
  instructions: 'Read paragraphs 3–7. <b>Not bold</b> & note the verbs.\nThen answer: 为什么？',
  due: '2026-12-01',
  options: { translation: false, pinyin: true, handoutPinyin: 'focus' },
};

const own: Assignment = {
  source: {
    kind: 'own',
    title: '我的短文',
    paragraphs: [
      { zh: '第一段。', en: 'First.' },
      { zh: '第二段，很短。', en: 'Second, short.' },
      { zh: '第三段。' },
    ],
  },
  range: { first: 1, last: 2 },
  focusWords: ['很短'],
  instructions: '',
  options: { translation: true, pinyin: false, handoutPinyin: 'all' },
};

function encode(a: Assignment): string {
  const result = encodeAssignment(a);
  if (!result.ok) throw new Error('did not encode');
  return result.code;
}

describe('assignment links', () => {
  it('round-trips a shipped-article assignment through a versioned, URL-safe code', () => {
    const code = encode(article);
    expect(code).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    expect(code.length).toBeLessThan(300);
    expect(decodeAssignment(code)).toEqual({ ok: true, assignment: article });
  });

  it('carries only the chosen paragraphs of an own text, renumbered from 0', () => {
    expect(decodeAssignment(encode(own))).toEqual({
      ok: true,
      assignment: {
        ...own,
        source: { kind: 'own', title: '我的短文', paragraphs: [{ zh: '第二段，很短。', en: 'Second, short.' }, { zh: '第三段。' }] },
        range: { first: 0, last: 1 },
      },
    });
  });

  it('leaves the English out of the link when translation is hidden', () => {
    const hidden = { ...own, options: { ...own.options, translation: false } };
    const decoded = decodeAssignment(encode(hidden));
    expect(decoded.ok && decoded.assignment.source.kind === 'own' && decoded.assignment.source.paragraphs).toEqual([
      { zh: '第二段，很短。' },
      { zh: '第三段。' },
    ]);
  });

  it('reports a missing, foreign-version or damaged link as a typed error', () => {
    const code = encode(article);
    expect(decodeAssignment(null)).toEqual({ ok: false, error: 'missing' });
    expect(decodeAssignment('')).toEqual({ ok: false, error: 'missing' });
    expect(decodeAssignment(`2${code.slice(1)}`)).toEqual({ ok: false, error: 'version' });
    expect(decodeAssignment('hello')).toEqual({ ok: false, error: 'corrupt' });
    expect(decodeAssignment('1.***')).toEqual({ ok: false, error: 'corrupt' });
    expect(decodeAssignment(code.slice(0, -6))).toEqual({ ok: false, error: 'corrupt' });
  });

  it('detects any single edited character of the payload', () => {
    const code = encode(article);
    for (let i = 2; i < code.length; i++) {
      const c = code[i] === 'A' ? 'B' : 'A';
      const tampered = code.slice(0, i) + c + code.slice(i + 1);
      const result = decodeAssignment(tampered);
      // Base64 padding bits at the very end may not change the bytes; everything else must fail.
      if (result.ok) expect(result.assignment).toEqual(article);
      else expect(['corrupt', 'invalid']).toContain(result.error);
    }
  });

  it('rejects well-formed data that is not a valid assignment', async () => {
    const { zlibSync } = await import('fflate');
    const wrap = (value: unknown) => {
      const bytes = zlibSync(new TextEncoder().encode(JSON.stringify(value)));
      return `1.${Buffer.from(bytes).toString('base64url')}`;
    };
    expect(decodeAssignment(wrap({ hello: 'world' }))).toEqual({ ok: false, error: 'invalid' });
    const wire = { s: ['a', 'liaoyuan-xian'], r: [7, 3], f: [], i: '', d: '', t: 1, p: 1, h: 0 };
    expect(decodeAssignment(wrap(wire))).toEqual({ ok: false, error: 'invalid' });
    expect(decodeAssignment(wrap({ ...wire, r: [3, 7], s: ['a', '../etc'] }))).toEqual({ ok: false, error: 'invalid' });
    expect(decodeAssignment(wrap({ ...wire, r: [3, 7], f: ['<script>'] }))).toEqual({ ok: false, error: 'invalid' });
    expect(decodeAssignment(wrap({ ...wire, r: [3, 7], d: 'tomorrow' }))).toEqual({ ok: false, error: 'invalid' });
    expect(decodeAssignment(wrap({ ...wire, r: [3, 7] }))).toMatchObject({ ok: true });
  });

  it('refuses to make a link longer than the limit, and to read one', () => {
    // Text that barely compresses: every paragraph different.
    const paragraphs = Array.from({ length: 200 }, (_, i) => ({
      zh: Array.from({ length: 20 }, (_, j) => String.fromCodePoint(0x4e00 + ((i * 131 + j * 977) % 20000))).join(''),
    }));
    const big: Assignment = { ...own, source: { kind: 'own', title: '长', paragraphs }, range: { first: 0, last: 199 } };
    const result = encodeAssignment(big);
    expect(result).toMatchObject({ ok: false, error: 'too-long', limit: MAX_LINK_CODE });
    expect(decodeAssignment(`1.${'A'.repeat(MAX_LINK_CODE)}`)).toEqual({ ok: false, error: 'too-long' });
  });

  it('fits an own text of about 1,500 Chinese characters', () => {
    const zh = '明者因时而变，知者随事而制。龙山区紧紧抓住思想解放这一有力契机，推动城区转型发展，百姓的生活越来越好。';
    const paragraphs = Array.from({ length: 30 }, (_, i) => ({ zh: `${i}${zh}` }));
    const sized: Assignment = { ...own, source: { kind: 'own', title: 'x', paragraphs }, range: { first: 0, last: 29 } };
    expect(encodeAssignment(sized).ok).toBe(true);
  });
});
