import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// axe-core on the pages a learner spends time in, in both UI languages; the projects run each on
// the phone and the desktop viewport. Serious and critical violations fail.
test.describe.configure({ timeout: 180_000 });

// axe takes over a minute on a reader page here (thousands of words), so each article is checked
// in one UI language; the reader's markup does not depend on the language.
const PAGES = ['/en', '/zh', '/en/read/liaoyuan-longshan', '/zh/read/liaoyuan-xian', '/en/about', '/zh/about'];

for (const path of PAGES) {
  test(`no serious accessibility violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('main')).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) e.g. ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });
}

test('no serious violations with the word sheet open and pinyin on', async ({ page, isMobile }) => {
  test.skip(!isMobile, 'the sheet is checked on the phone, where it is a bottom sheet');
  await page.goto('/en/read/liaoyuan-longshan');
  await page.evaluate(() => localStorage.setItem('dubao-settings', JSON.stringify({ pinyin: 'all' })));
  await page.reload();
  await page.getByRole('button', { name: '董事长', exact: true }).click();
  await expect(page.getByRole('dialog', { name: '董事长' })).toBeVisible();
  // The sheet and a paragraph with its tone-coloured pinyin; the whole page is checked above.
  const results = await new AxeBuilder({ page })
    .include('dialog.word-sheet')
    .include('#p4')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} e.g. ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
});

test('no page scrolls sideways at 320 px wide', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  for (const path of ['/en', '/zh/read/liaoyuan-xian', '/en/about']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
