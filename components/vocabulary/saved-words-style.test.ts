import { describe, expect, it } from 'vitest';
import { fixtureEntries } from '@/lib/vocabulary/test-fixtures';
import { savedWordsCss } from './saved-words-style';

describe('savedWordsCss', () => {
  const entries = fixtureEntries();

  it('underlines every saved word and hides the pinyin of known ones in "unknown" mode', () => {
    const css = savedWordsCss(entries);
    expect(css).toContain('.w[aria-label="董事长"],.w[aria-label="A股"],.w[aria-label="绿色"],.w[aria-label="西安"]{text-decoration-line:underline');
    expect(css).toContain('html[data-pinyin="unknown"] .w[aria-label="A股"] rt{display:none}');
    expect(css).not.toContain('html[data-pinyin="unknown"] .w[aria-label="董事长"]');
  });

  it('skips words that could break out of the selector', () => {
    const [first] = entries;
    if (!first) throw new Error('fixture');
    const evil = ['"]{}body{display:none}', 'a b', '</style>', '董"'].map((simplified) => ({ ...first, id: simplified, simplified }));
    const css = savedWordsCss(evil);
    expect(css).toBe('');
  });
});
