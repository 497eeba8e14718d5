import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Page } from '@playwright/test';
import { parseAnki } from '@/lib/vocabulary/formats/anki';
import { parseCsv } from '@/lib/vocabulary/formats/csv';
import { parsePleco } from '@/lib/vocabulary/formats/pleco';
import type { VocabularyEntry } from '@/lib/vocabulary/types';

// Saved words live in this browser's IndexedDB. Until the reader's word sheet carries the Save
// button, words are seeded through the page's own "Restore from a file" control.
const SOURCE = { kind: 'article', slug: 'liaoyuan-xian', title: '辽源西安区：思想转变带来发展巨变' } as const;
const NEW_CARD = { stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, state: 0 } as const;

function word(simplified: string, traditional: string, pinyin: string[], definitions: string[], zh: string, en: string, paragraphId: string, savedAt: string, hsk?: number): VocabularyEntry {
  return {
    id: `${simplified}|${pinyin.join(' ')}`,
    simplified,
    traditional,
    pinyin,
    definitions,
    sentence: { zh, en },
    source: SOURCE,
    paragraphId,
    ...(hsk ? { hsk } : {}),
    savedAt,
    known: false,
    card: { ...NEW_CARD, due: savedAt },
  };
}

const WORDS: VocabularyEntry[] = [
  word('煤炭', '煤炭', ['méi', 'tàn'], ['coal'], '西安区作为典型的资源枯竭型城区，百余年的煤炭开采早已成为历史。', 'Xi\'an District is a typical resource-depleted urban district, and its more than a century of coal mining has long since passed into history.', 'p3', '2026-11-20T08:00:00.000Z', 6),
  word('典型', '典型', ['diǎn', 'xíng'], ['model; typical case', 'archetype'], '西安区作为典型的资源枯竭型城区，百余年的煤炭开采早已成为历史。', 'Xi\'an District is a typical resource-depleted urban district.', 'p3', '2026-11-21T08:00:00.000Z', 5),
  word('环境', '環境', ['huán', 'jìng'], ['environment', 'circumstances'], '以后遛弯有了新去处，环境好了咱们的生活才幸福！', 'From now on we\'ll have somewhere new to go for a stroll.', 'p9', '2026-11-22T08:00:00.000Z', 3),
];

const backupOf = (words: VocabularyEntry[]) =>
  JSON.stringify({ format: 'dubao-vocabulary', version: 1, exportedAt: '2026-11-25T00:00:00.000Z', words });

async function restore(page: Page, name: string, text: string) {
  await page.getByLabel(/Restore from a file/).setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
}

async function seed(page: Page, words: VocabularyEntry[] = WORDS) {
  await page.goto('/en/vocabulary');
  await restore(page, 'seed.json', backupOf(words));
  await expect(page.getByRole('status').filter({ hasText: /Restored/ })).toContainText(`Restored ${words.length} word`);
}

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file]: [Download, void] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

const entryButton = (page: Page, simplified: string) => page.getByRole('button', { name: new RegExp(`^${simplified} `) });

/** Whether the browser has stored `simplified` as known (the tick shows before IndexedDB has it). */
const storedKnown = (page: Page, simplified: string) =>
  page.evaluate(
    (word) =>
      new Promise<boolean>((resolve, reject) => {
        const open = indexedDB.open('dubao-vocabulary');
        open.onsuccess = () => {
          const all = open.result.transaction('words').objectStore('words').getAll();
          all.onsuccess = () => resolve((all.result as { simplified?: string; known?: boolean }[]).some((e) => e.simplified === word && e.known === true));
          all.onerror = () => reject(all.error);
        };
        open.onerror = () => reject(open.error);
      }),
    simplified,
  );

test('saved words survive a reload and show pinyin, sentence, translation and the way back', async ({ page }) => {
  await seed(page);
  await page.reload();
  await expect(page.getByText('3 words', { exact: true })).toBeVisible();
  await expect(entryButton(page, '煤炭')).toContainText('méitàn');
  await expect(entryButton(page, '典型')).toContainText('Xi\'an District is a typical resource-depleted urban district.');

  const opener = entryButton(page, '环境');
  await opener.click();
  const dialog = page.getByRole('dialog', { name: /环境/ });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('huánjìng');
  await expect(dialog).toContainText('以后遛弯有了新去处，环境好了咱们的生活才幸福！');
  await expect(dialog).toContainText('somewhere new to go for a stroll');
  await expect(dialog.getByRole('link', { name: 'Read it in context' })).toHaveAttribute('href', '/en/read/liaoyuan-xian#p9');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('search finds words by characters, pinyin with or without tones, and English', async ({ page }) => {
  await seed(page);
  const search = page.getByRole('searchbox', { name: 'Search' });
  const shown = async (query: string, expected: string[]) => {
    await search.fill(query);
    for (const w of ['煤炭', '典型', '环境']) {
      await expect(entryButton(page, w), `${query} → ${w}`).toHaveCount(expected.includes(w) ? 1 : 0);
    }
  };
  await shown('meitan', ['煤炭']);
  await shown('méitàn', ['煤炭']);
  await shown('mei2 tan4', ['煤炭']);
  await shown('huan2', ['环境']);
  await shown('environment', ['环境']);
  await shown('環', ['环境']);
  await shown('型', ['典型']);
  await shown('xyz', []);
  await expect(page.getByText('No saved word matches “xyz”.')).toBeVisible();
});

test('sorts by pinyin and HSK level', async ({ page }) => {
  await seed(page);
  const order = () => page.getByRole('listitem').getByRole('button', { name: /^\p{Script=Han}+ /u }).allInnerTexts();
  await page.getByLabel('Sort by').selectOption({ label: 'Pinyin' });
  expect((await order()).map((t) => t.slice(0, 2))).toEqual(['典型', '环境', '煤炭']);
  await page.getByLabel('Sort by').selectOption({ label: 'HSK level' });
  expect((await order()).map((t) => t.slice(0, 2))).toEqual(['环境', '典型', '煤炭']);
});

test('marks a word known, and deletes with undo', async ({ page }) => {
  await seed(page);
  await page.getByRole('checkbox', { name: 'I know 典型' }).check();
  // (A reload in the same millisecond could beat the write; a person's cannot.)
  await expect.poll(() => storedKnown(page, '典型')).toBe(true);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'I know 典型' })).toBeChecked();

  await page.getByRole('button', { name: 'Delete 煤炭' }).click();
  await expect(entryButton(page, '煤炭')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Deleted 煤炭.' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(entryButton(page, '煤炭')).toHaveCount(1);
  // The word shows again at once; the toast goes when the browser has stored it again.
  await expect(page.getByRole('status').filter({ hasText: 'Deleted 煤炭.' })).toBeHidden();
  await page.reload();
  await expect(entryButton(page, '煤炭')).toHaveCount(1);
});

test('exports Anki, Pleco and CSV files that parse back to the saved words', async ({ page }) => {
  await seed(page);
  const anki = await download(page, 'Anki (.txt)');
  expect(anki.name).toMatch(/^dubao-vocabulary-anki-\d{4}-\d\d-\d\d\.txt$/);
  expect(anki.text.split('\n').slice(0, 3)).toEqual(['#separator:tab', '#html:false', '#columns:Simplified\tTraditional\tPinyin\tMeaning\tSentence\tSentence translation\tSource']);
  // The meaning field reads as written ("model; typical case"), so its senses come back split at every "; ".
  const finer = (senses: readonly string[]) => senses.flatMap((s) => s.split('; '));
  expect(anki.text).toContain('model; typical case; archetype');
  expect(anki.text).not.toContain('\\;');
  expect(parseAnki(anki.text).map((w) => [w.simplified, w.pinyin, w.definitions, w.sentence, w.paragraphId]).sort()).toEqual(
    WORDS.map((w) => [w.simplified, w.pinyin, finer(w.definitions), w.sentence, w.paragraphId]).sort(),
  );

  const pleco = await download(page, 'Pleco (.txt)');
  expect(pleco.text.startsWith(`//Dúbào/${SOURCE.title}\n`)).toBe(true);
  expect(parsePleco(pleco.text).find((c) => c.simplified === '环境')).toMatchObject({ traditional: '環境', pinyin: 'huan2jing4', definition: 'environment; circumstances' });

  const csv = await download(page, 'Spreadsheet (.csv)');
  expect(csv.name.endsWith('.csv')).toBe(true);
  expect(csv.text.charCodeAt(0)).toBe(0xfeff);
  const rows = parseCsv(csv.text);
  expect(rows.map((r) => ({ ...r })).sort((a, b) => a.savedAt.localeCompare(b.savedAt))).toEqual(
    WORDS.map(({ id: _id, card: _card, ...rest }) => ({ ...rest, definitions: finer(rest.definitions) })),
  );
});

test('backup, delete all, restore gives back exactly what was saved', async ({ page }) => {
  await seed(page);
  await page.getByRole('checkbox', { name: 'I know 环境' }).check();
  const before = await download(page, 'Backup (.json)');
  const saved = JSON.parse(before.text);
  expect(saved).toMatchObject({ format: 'dubao-vocabulary', version: 1 });
  expect(saved.words).toHaveLength(3);

  await page.getByRole('button', { name: 'Delete all words…' }).click();
  await page.getByRole('button', { name: 'Delete all 3 words from this device' }).click();
  await expect(page.getByText('Nothing saved yet.')).toBeVisible();

  await restore(page, before.name, 'not a vocabulary file');
  await expect(page.getByRole('alert').filter({ hasText: 'not a Dúbào backup or export' })).toBeVisible();
  await restore(page, before.name, before.text.slice(0, 400));
  await expect(page.getByRole('alert').filter({ hasText: 'damaged' })).toBeVisible();
  await expect(page.getByText('Nothing saved yet.')).toBeVisible();

  await restore(page, before.name, before.text);
  await expect(page.getByText('3 words', { exact: true })).toBeVisible();
  const after = JSON.parse((await download(page, 'Backup (.json)')).text);
  const byId = (words: VocabularyEntry[]) => [...words].sort((a, b) => a.id.localeCompare(b.id));
  expect(byId(after.words)).toEqual(byId(saved.words));
});

test('a damaged file changes nothing that is already saved', async ({ page }) => {
  await seed(page);
  const broken = JSON.parse(backupOf(WORDS));
  broken.words[0].simplified = '';
  broken.words[1].simplified = '替换';
  await restore(page, 'broken.json', JSON.stringify(broken));
  await expect(page.getByRole('alert').filter({ hasText: 'damaged' })).toBeVisible();
  await expect(entryButton(page, '替换')).toHaveCount(0);
  await expect(page.getByText('3 words', { exact: true })).toBeVisible();
});

test('reviewing a due card with Good moves its next review forward, offline', async ({ page, context }) => {
  await seed(page, WORDS.slice(0, 1));
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Vocabulary 1 due' })).toBeVisible();
  await page.getByRole('link', { name: 'Review 1 card' }).click();
  await expect(page).toHaveURL(/\/en\/vocabulary\/review$/);
  await expect(page.getByText('1 card due')).toBeVisible();
  // Review is pure client code over IndexedDB: once the page is loaded it needs no network.
  await context.setOffline(true);
  await expect(page.getByText('煤炭', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Show answer' }).click();
  await expect(page.getByText('méitàn')).toBeVisible();
  await expect(page.getByText('coal', { exact: true })).toBeVisible();
  const good = page.getByRole('button', { name: /^Good: next review in/ });
  await expect(good).toContainText('10 min');
  await good.click();
  await expect(page.getByRole('status').filter({ hasText: '煤炭' })).toContainText('next review in 10 minutes');
  await expect(page.getByText('No cards due')).toBeVisible();
  await context.setOffline(false);

  await page.getByRole('link', { name: 'Vocabulary', exact: true }).first().click();
  await entryButton(page, '煤炭').click();
  await expect(page.getByRole('dialog')).toContainText('Next review: in 10 minutes');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Vocabulary', exact: true })).toBeVisible();
});

test('a card answered Again comes back a minute later with its answer hidden', async ({ page }) => {
  await page.clock.install();
  await seed(page, WORDS.slice(0, 1));
  await page.goto('/en/vocabulary/review');
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByRole('button', { name: /^Again: next review in/ }).click();
  const status = page.getByRole('status').filter({ hasText: '煤炭' });
  await expect(status).toContainText('next review in 1 minute');
  await expect(page.getByText('No cards due')).toBeVisible();
  await page.clock.fastForward('02:00');
  await expect(page.getByText('煤炭', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
  await expect(page.getByText('méitàn')).toHaveCount(0);
  // The status says what the grade did when it was given, not "1 minute ago".
  await expect(status).toContainText('next review in 1 minute');
});

test('the reverse direction asks for the Chinese', async ({ page }) => {
  await seed(page, WORDS.slice(2));
  await page.goto('/en/vocabulary/review');
  await page.getByRole('button', { name: 'Meaning → Chinese' }).click();
  await expect(page.getByText('circumstances')).toBeVisible();
  await expect(page.getByText('环境', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Show answer' }).click();
  await expect(page.getByRole('article').getByText('环境', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('huánjìng')).toBeVisible();
});

test('a word saved in one tab appears in another', async ({ page, context }) => {
  await page.goto('/en/vocabulary');
  const other = await context.newPage();
  await other.goto('/en/vocabulary');
  await expect(other.getByText('Nothing saved yet.')).toBeVisible();
  await restore(page, 'seed.json', backupOf(WORDS));
  await expect(entryButton(other, '煤炭')).toBeVisible();
  await other.getByRole('button', { name: 'Delete 典型' }).click();
  await expect(entryButton(page, '典型')).toHaveCount(0);
  await expect(entryButton(page, '环境')).toHaveCount(1);
});

test('a corrupted record is skipped and reported, the rest stay', async ({ page }) => {
  await seed(page);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('dubao-vocabulary');
        open.onsuccess = () => {
          const tx = open.result.transaction('words', 'readwrite');
          tx.objectStore('words').put({ id: 'broken', simplified: 42 });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: '1 saved word could not be read' })).toBeVisible();
  await expect(page.getByText('3 words', { exact: true })).toBeVisible();
});

test('the vocabulary page, word dialog and review have no accessibility violations', async ({ page }) => {
  test.slow(); // three axe scans
  await seed(page);
  const scan = async (where: string) => {
    const { violations } = await new AxeBuilder({ page }).include('main').analyze();
    expect(violations.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  };
  await scan('list');
  await entryButton(page, '典型').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await scan('dialog');
  await page.goto('/en/vocabulary/review');
  await page.getByRole('button', { name: 'Show answer' }).click();
  await scan('review');
});

test('works in Chinese and never scrolls sideways at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await seed(page);
  await page.goto('/zh/vocabulary');
  await expect(page.getByRole('heading', { level: 1, name: '我的生词本' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: '我已掌握“煤炭”' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.goto('/zh/vocabulary/review');
  await expect(page.getByRole('heading', { level: 1, name: '复习' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test('a full disk is reported, and the word keeps its saved state', async ({ page }) => {
  await seed(page);
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.reload();
  await page.getByRole('checkbox', { name: 'I know 煤炭' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'out of storage space' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'I know 煤炭' })).not.toBeChecked();
  await expect(page.getByText('3 words', { exact: true })).toBeVisible();
});

test.describe('saving from the reader', () => {
  // The reader page is the heaviest in the app; these walk through it several times.
  test.slow();
  /** A word in the text: a button named by its characters alone (pinyin is shown by CSS). */
  const inText = (page: Page, chars: string) => page.getByRole('button', { name: chars, exact: true }).first();

  test('tap a word, Save, and find it on the vocabulary page with its sentence; another tab sees it', async ({ page, context }) => {
    const other = await context.newPage();
    await other.goto('/en/vocabulary');
    await page.goto('/en/read/liaoyuan-xian');
    for (const word of ['煤炭', '典型', '环境']) {
      await inText(page, word).click();
      const sheet = page.getByRole('dialog', { name: word });
      await expect(sheet).toBeVisible();
      await sheet.getByRole('button', { name: 'Save to vocabulary' }).click();
      await expect(sheet.getByRole('button', { name: 'Saved' })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(sheet).toBeHidden();
    }
    await expect(entryButton(other, '典型')).toBeVisible();

    await page.reload();
    await expect(inText(page, '煤炭')).toHaveCSS('text-decoration-line', 'underline');
    await page.goto('/en/vocabulary');
    await expect(page.getByText('3 words', { exact: true })).toBeVisible();
    await expect(entryButton(page, '煤炭')).toContainText('méitàn');
    await expect(entryButton(page, '煤炭')).toContainText('百余年的煤炭开采早已成为历史');
    await expect(entryButton(page, '煤炭')).toContainText('coal mining');
    await entryButton(page, '煤炭').click();
    await expect(page.getByRole('dialog').getByRole('link', { name: 'Read it in context' })).toHaveAttribute('href', /^\/en\/read\/liaoyuan-xian#p\d+$/);
  });

  test('Saved toggles back to Save and removes the word', async ({ page }) => {
    await page.goto('/en/read/liaoyuan-xian');
    await inText(page, '煤炭').click();
    const sheet = page.getByRole('dialog', { name: '煤炭' });
    await sheet.getByRole('button', { name: 'Save to vocabulary' }).click();
    await sheet.getByRole('button', { name: 'Saved' }).click();
    await expect(sheet.getByRole('button', { name: 'Save to vocabulary' })).toBeVisible();
    await page.goto('/en/vocabulary');
    await expect(page.getByText('Nothing saved yet.')).toBeVisible();
  });

  test('with pinyin for words not known, a word marked known loses its pinyin', async ({ page }) => {
    await seed(page, WORDS.slice(0, 1).map((w) => ({ ...w, known: true })));
    await page.goto('/en/read/liaoyuan-xian');
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('radio', { name: 'Words not known' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-pinyin', 'unknown');
    // <rt> has no role; it is the pinyin a learner sees or does not.
    await expect(inText(page, '煤炭').locator('rt').first()).toBeHidden();
    await expect(inText(page, '典型').locator('rt').first()).toBeVisible();
  });
});

test('review works from the keyboard: Space shows the answer, 3 answers Good', async ({ page }) => {
  await seed(page, WORDS.slice(1, 2));
  await page.goto('/en/vocabulary/review');
  await expect(page.getByText('1 card due')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByText('diǎnxíng')).toBeVisible();
  await page.keyboard.press('3');
  await expect(page.getByRole('status').filter({ hasText: '典型' })).toContainText('next review in 10 minutes');
});
