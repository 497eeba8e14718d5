import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, expect, type Page, test } from '@playwright/test';
import en from '../messages/en.json';
import zh from '../messages/zh.json';

type ApiBlock = { type: string; zh: string; en: string };

/** A word button's accessible name: its characters, which ruby may space apart. */
const word = (text: string) => new RegExp(`^${Array.from(text).join('\\s*')}$`);
/** What a reader sees, without the spaces and line breaks layout adds. */
const visibleText = async (page: Page) => (await page.locator('body').innerText()).replace(/\s+/g, '');

async function chosenBlocks(request: import('@playwright/test').APIRequestContext, slug: string, first: number, last: number) {
  const article = (await (await request.get(`/api/articles/${slug}`)).json()) as { title: { zh: string; en: string }; blocks: ApiBlock[] };
  const choosable = article.blocks.filter((b) => b.type !== 'title');
  return { article, choosable, chosen: choosable.slice(first - 1, last) };
}

/** Builds an assignment in the builder and returns its student link. */
async function build(page: Page, title: string, options: { first: number; last: number; words: number; hide: boolean }) {
  await page.goto('/en/assign');
  await page.getByRole('radio', { name: new RegExp(title) }).check();
  await page.getByRole('button', { name: `Paragraph ${options.first}`, exact: true }).click();
  await page.getByRole('button', { name: `Paragraph ${options.last}`, exact: true }).click();
  await expect(page.getByText(`Paragraphs ${options.first}–${options.last} chosen.`)).toBeVisible();
  await page.getByRole('radio', { name: 'Focus words', exact: true }).click();
  const preview = page.getByRole('region', { name: 'Preview' });
  const focus: string[] = [];
  for (let i = 0; focus.length < options.words; i += 5) {
    const button = preview.getByRole('button').nth(i);
    const text = (await button.textContent()) ?? '';
    if (Array.from(text).length < 2 || focus.includes(text)) continue;
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    focus.push(text);
  }
  await expect(page.getByRole('list', { name: 'Focus words' }).getByRole('listitem')).toHaveCount(focus.length);
  await page.getByLabel('Instructions for students').fill('Read twice.\n<b>Not bold</b> <script>alert(1)</script>');
  await page.getByLabel('Due date (optional)').fill('2026-12-01');
  if (options.hide) {
    await page.getByLabel('Students may see the English translation').uncheck();
    await page.getByLabel('Students may show pinyin above the text').uncheck();
  }
  await expect(page.getByRole('img', { name: 'QR code for the student link' }).first()).toBeVisible();
  const link = await page.getByRole('textbox', { name: 'Student link' }).inputValue();
  expect(link).toMatch(/\/en\/assign\/view\?a=1\.[A-Za-z0-9_-]+$/);
  return { link, focus };
}

async function fresh(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

const ARTICLES = [
  { slug: 'liaoyuan-longshan', title: '辽源龙山区', first: 2, last: 4 },
  { slug: 'liaoyuan-xian', title: '辽源西安区', first: 3, last: 6 },
];

test.describe('assignments from shipped articles', () => {
  for (const a of ARTICLES) {
    test(`a teacher assigns part of ${a.slug}; the student sees only that, with the options enforced`, async ({ page, browser, request }) => {
      const { article, choosable, chosen } = await chosenBlocks(request, a.slug, a.first, a.last);
      const { link, focus } = await build(page, a.title, { first: a.first, last: a.last, words: 2, hide: true });

      const student = await fresh(browser);
      const response = await student.page.goto(link);
      expect(response?.status()).toBe(200);
      const s = student.page;
      await expect(s.getByRole('heading', { level: 1 })).toHaveText(article.title.zh);
      await expect(s.getByText('Due December 1, 2026')).toBeVisible();
      // Instructions are plain text: the tags show as typed, nothing is interpreted.
      await expect(s.getByText('<b>Not bold</b> <script>alert(1)</script>')).toBeVisible();

      const text = await visibleText(s);
      for (const block of chosen) expect(text).toContain(block.zh.replace(/\s+/g, ''));
      for (const other of [choosable[a.first - 2], choosable[a.last]]) expect(text).not.toContain(other?.zh.replace(/\s+/g, ''));

      // Focus words: listed with pinyin and meaning, and highlighted in the text.
      const list = s.getByRole('region', { name: 'Focus words' });
      for (const w of focus) {
        await expect(list.getByText(w, { exact: true })).toBeVisible();
        await expect(s.getByRole('button', { name: word(w) }).first()).toHaveClass(/\bfocus\b/);
      }
      await expect(list.getByRole('definition').first()).not.toBeEmpty();

      // Translation hidden: no English in the page at all, and no way to show it.
      const html = await s.content();
      expect(html).not.toContain(article.title.en);
      for (const block of chosen) expect(html).not.toContain(block.en.slice(0, 40));
      await expect(s.getByRole('button', { name: /English/ })).toHaveCount(0);
      // Pinyin off: the settings offer no pinyin mode.
      await s.getByRole('button', { name: 'Settings' }).click();
      await expect(s.getByRole('group', { name: en.ReaderSettings.pinyin })).toHaveCount(0);
      await s.keyboard.press('Escape');

      // Look up one focus word, then finish.
      await s.getByRole('button', { name: word(focus[0] ?? '') }).first().click();
      await expect(s.getByRole('dialog', { name: focus[0] })).toBeVisible();
      await s.keyboard.press('Escape');
      await s.getByRole('button', { name: 'I’ve finished' }).click();
      const summary = s.getByRole('list', { name: 'Well done! Your summary' });
      await expect(summary).toContainText(`Paragraphs read: ${chosen.filter((b) => b.type === 'paragraph').length}`);
      await expect(summary).toContainText('Words looked up: 1');
      await expect(summary).toContainText(`Focus words looked up: 1 of ${focus.length}`);
      await expect(summary).toContainText('Time spent: under a minute');
      await expect(s.getByRole('button', { name: 'Copy summary' })).toBeVisible();
      await student.context.close();
    });
  }

  test('with translation and pinyin allowed, the student can show both', async ({ page, browser }) => {
    const { link } = await build(page, '辽源西安区', { first: 2, last: 2, words: 1, hide: false });
    const student = await fresh(browser);
    await student.page.goto(link);
    await expect(student.page.getByText(/Liaoyuan's Xi'an District/).first()).toBeVisible();
    await student.page.getByRole('button', { name: 'Settings' }).click();
    await expect(student.page.getByRole('group', { name: en.ReaderSettings.pinyin })).toBeVisible();
    await student.page.keyboard.press('Escape');
    // The same assignment in the other interface language: the link keeps its ?a=….
    await student.page.getByRole('navigation', { name: en.LocaleSwitcher.label }).getByRole('link', { name: en.LocaleSwitcher.zh }).click();
    await expect(student.page).toHaveURL(link.replace('/en/', '/zh/'));
    await expect(student.page.getByText(/Liaoyuan's Xi'an District/).first()).toBeVisible();
    await expect(student.page.getByRole('button', { name: zh.ReaderSettings.open })).toBeVisible();
    await student.context.close();
  });
});

test.describe('damaged links', () => {
  test('a tampered, cut or missing link gets a friendly, localized page, never an error', async ({ page }) => {
    await page.goto('/en/assign');
    await page.getByRole('radio', { name: /辽源西安区/ }).check();
    await page.getByRole('button', { name: 'Paragraph 2', exact: true }).click();
    const link = await page.getByRole('textbox', { name: 'Student link' }).inputValue();
    const code = new URL(link).searchParams.get('a') ?? '';
    const middle = Math.floor(code.length / 2);
    const tampered = code.slice(0, middle) + (code[middle] === 'A' ? 'B' : 'A') + code.slice(middle + 1);
    for (const [a, message] of [
      [tampered, 'The link is damaged'],
      [code.slice(0, -8), 'The link is damaged'],
      ['2.abc', 'newer version'],
    ] as const) {
      const response = await page.goto(`/en/assign/view?a=${a}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { name: 'This assignment link doesn’t work' })).toBeVisible();
      await expect(page.getByText(message)).toBeVisible();
    }
    const missing = await page.goto('/zh/assign/print');
    expect(missing?.status()).toBe(200);
    await expect(page.getByRole('heading', { name: '这个作业链接无法打开' })).toBeVisible();
    await expect(page.getByRole('link', { name: '前往文库' })).toBeVisible();
  });
});

/** Ruby pinyin sits inside the passage's text; take it out to compare the Chinese. */
const withoutPinyin = (text: string) => text.replace(/[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/gi, '');

/** Text of a PDF: pdftotext (Debian's poppler-utils) when installed, else null and the DOM check carries the test. */
function pdfText(pdf: Buffer): string | null {
  const dir = mkdtempSync(path.join(tmpdir(), 'handout-'));
  writeFileSync(path.join(dir, 'h.pdf'), pdf);
  try {
    execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(dir, 'h.pdf'), path.join(dir, 'h.txt')]);
    return readFileSync(path.join(dir, 'h.txt'), 'utf8');
  } catch {
    return null;
  }
}

test.describe('printable handout', () => {
  test('prints the passage with pinyin, the vocabulary, the QR code and the translation on its own page', async ({ page, request }, info) => {
    test.skip(info.project.name !== 'desktop', 'page.pdf() prints the same document in both projects; once is enough');
    const { chosen } = await chosenBlocks(request, 'liaoyuan-xian', 2, 3);
    const { link, focus } = await build(page, '辽源西安区', { first: 2, last: 3, words: 2, hide: false });
    const focusWord = focus[0] ?? '';
    await page.goto(link.replace('/assign/view', '/assign/print'));
    const pinyin = (await page.locator('.handout ruby').first().locator('rt').textContent()) ?? '';
    expect(pinyin).toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/);

    // Print media: only the paper — no site header or toolbar — and the QR code on it.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
    await expect(page.getByRole('img', { name: /Scan to read online/ })).toBeVisible();
    const box = await page.getByRole('img', { name: /Scan to read online/ }).boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(100); // ≥ 34 mm: scannable on paper
    await expect(page.getByRole('table')).toContainText(focusWord);
    // What print shows, found in the DOM too (this also carries the test where pdftotext is missing).
    const printed = (await page.locator('main').innerText()).replace(/\s+/g, '');
    expect(withoutPinyin(printed)).toContain(withoutPinyin(chosen[0]?.zh.replace(/\s+/g, '').slice(0, 12) ?? ''));
    expect(printed).toContain(pinyin.replace(/\s+/g, ''));

    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const text = pdfText(pdf);
      if (text === null) continue; // the DOM checks above stand in for text extraction
      const flat = withoutPinyin(text.replace(/\s+/g, ''));
      expect(flat).toContain(withoutPinyin(chosen[0]?.zh.replace(/\s+/g, '').slice(0, 12) ?? ''));
      // Nothing cut off at the end of the passage.
      expect(flat).toContain(withoutPinyin(chosen.at(-1)?.zh.replace(/\s+/g, '').slice(-12) ?? ''));
      expect(text).toContain(pinyin);
      expect(text).toContain('Scan to read online');
      const pages = text.split('\f').filter((p) => p.trim());
      expect(pages.length).toBeGreaterThanOrEqual(2);
      expect(pages.at(-1)).toContain('Translation');
      expect(pages[0]).not.toContain('Translation');
    }
  });
});

test.describe('own texts', () => {
  const ZH = '今天天气很好，我们去公园散步。\n公园里有很多人，孩子们在放风筝。\n晚上我们一起吃饺子。';

  test('paste, read with pinyin and meanings, reopen, assign and delete', async ({ page, browser }) => {
    await page.goto('/en/read');
    await expect(page.getByText('Up to 20,000 Chinese characters per text.')).toBeVisible();
    await page.getByLabel('Title').fill('我的公园日记');
    await page.getByLabel('Chinese text').fill(ZH);
    await page.getByLabel('English translation (optional)').fill('A fine day.\nA busy park.');
    await page.getByRole('button', { name: 'Save and read' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'The Chinese has 3 paragraphs but the English has 2 lines' })).toBeVisible();
    await page.getByLabel('English translation (optional)').fill('');
    await page.getByRole('button', { name: 'Save and read' }).click();

    await page.getByRole('button', { name: word('公园') }).first().click();
    const sheet = page.getByRole('dialog', { name: '公园' });
    await expect(sheet).toBeVisible();
    await expect(sheet).toContainText('gōng');
    await expect(sheet).toContainText('park');
    await page.keyboard.press('Escape');

    await page.goto('/en/read');
    await page.getByRole('link', { name: 'Open “我的公园日记”' }).click();
    await expect(page.getByRole('heading', { name: '我的公园日记', level: 2 })).toBeVisible();
    await page.getByRole('link', { name: 'Make an assignment' }).click();
    await expect(page.getByRole('radio', { name: '我的公园日记' })).toBeChecked();
    await page.getByRole('button', { name: 'Paragraph 2', exact: true }).click();
    await page.getByRole('button', { name: 'Paragraph 3', exact: true }).click();
    await expect(page.getByText(/Link size: [\d,]+ of 4,000 characters/)).toBeVisible();
    const link = await page.getByRole('textbox', { name: 'Student link' }).inputValue();

    const student = await fresh(browser);
    await student.page.goto(link);
    await expect(student.page.getByRole('heading', { level: 1 })).toHaveText('我的公园日记');
    const text = await visibleText(student.page);
    expect(text).toContain('孩子们在放风筝');
    expect(text).toContain('晚上我们一起吃饺子');
    expect(text).not.toContain('今天天气很好');
    // The text has no English: no button offers it (there would be nothing to show).
    await expect(student.page.getByRole('button', { name: /English/ })).toHaveCount(0);
    await student.context.close();

    await page.goto('/en/read');
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Delete “我的公园日记”' }).click();
    await expect(page.getByText('No saved texts yet.')).toBeVisible();
  });

  test('text over the limit is refused with a clear message, never cut', async ({ page }) => {
    await page.goto('/en/read');
    await page.getByLabel('Chinese text').fill('字'.repeat(20_001));
    await expect(page.getByText('20,001 of 20,000 characters')).toBeVisible();
    await page.getByRole('button', { name: 'Save and read' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'This text has 20,001 characters; the limit is 20,000. Nothing was cut' })).toBeVisible();
    await expect(page.getByLabel('Chinese text')).toHaveValue('字'.repeat(20_001));
  });
});
