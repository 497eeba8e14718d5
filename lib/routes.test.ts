import { describe, expect, it } from 'vitest';
import { isKnownPage } from './routes';

const slugs = new Set(['liaoyuan-xian']);

describe('isKnownPage', () => {
  it('knows the library, the reader of a shipped article and the tool pages', () => {
    expect(isKnownPage([], slugs)).toBe(true);
    expect(isKnownPage(['read', 'liaoyuan-xian'], slugs)).toBe(true);
    expect(isKnownPage(['about'], slugs)).toBe(true);
    expect(isKnownPage(['read'], slugs)).toBe(true);
  });

  it('sends unknown slugs, unknown pages and deeper paths to the 404 page', () => {
    expect(isKnownPage(['read', 'no-such-article'], slugs)).toBe(false);
    expect(isKnownPage(['nope'], slugs)).toBe(false);
    expect(isKnownPage(['read', 'liaoyuan-xian', 'extra'], slugs)).toBe(false);
    expect(isKnownPage(['read', '%E0%A4%A'], slugs)).toBe(false);
  });
});

describe('assignment pages', () => {
  it('knows the student view and the handout but nothing else under /assign', () => {
    expect(isKnownPage(['assign', 'view'], slugs)).toBe(true);
    expect(isKnownPage(['assign', 'print'], slugs)).toBe(true);
    expect(isKnownPage(['assign', 'other'], slugs)).toBe(false);
  });
});
