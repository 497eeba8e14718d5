import { expect, test } from '@playwright/test';

test.describe('library', () => {
  test('lists both articles with Chinese and English titles, in English', async ({ page }) => {
    await page.goto('/en');
    await expect(page).toHaveTitle(/Library/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    await expect(page.getByRole('link', { name: '辽源龙山区：激发内生动力谱写发展新篇章', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: '辽源西安区：思想转变带来发展巨变', exact: true })).toBeVisible();
    await expect(page.getByText(/Longshan District/).first()).toBeVisible();
    await expect(page.getByText(/[\d,]+ characters/).first()).toBeVisible();
  });

  test('is in Chinese under /zh, with lang zh-Hans', async ({ page }) => {
    await page.goto('/zh');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.getByRole('heading', { level: 1, name: '文库' })).toBeVisible();
    await expect(page.getByText(/[\d,]+ 字/).first()).toBeVisible();
  });

  test('switches the interface language and keeps the page', async ({ page }) => {
    await page.goto('/en/read/liaoyuan-xian', { waitUntil: 'networkidle' });
    await page.getByRole('navigation', { name: 'Interface language' }).getByRole('link', { name: '中文' }).click();
    await expect(page).toHaveURL(/\/zh\/read\/liaoyuan-xian$/, { timeout: 20_000 });
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await page.waitForLoadState('networkidle');
    await page.getByRole('navigation', { name: '界面语言' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/read\/liaoyuan-xian$/, { timeout: 20_000 });
  });
});

test.describe('reader', () => {
  for (const locale of ['en', 'zh']) {
    test(`shows the article title and Chinese paragraphs (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}/read/liaoyuan-longshan`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('辽源龙山区');
      await expect(page.getByText('明者因时而变', { exact: false }).first()).toBeVisible();
      await expect(page.getByText('《吉林日报》记者 隋二龙 赵蓓蓓 报道')).toBeVisible();
    });
  }

  test('opens from the library', async ({ page }) => {
    await page.goto('/en');
    await page.getByRole('link', { name: /Read “辽源西安区/ }).click();
    await expect(page).toHaveURL(/\/en\/read\/liaoyuan-xian$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('辽源西安区');
  });
});

test.describe('routing and errors', () => {
  test('/ redirects by Accept-Language', async ({ request }) => {
    const zh = await request.get('/', { headers: { 'Accept-Language': 'zh-CN,zh;q=0.9' }, maxRedirects: 0 });
    expect(zh.status()).toBe(307);
    expect(zh.headers()['location']).toMatch(/\/zh$/);
    const fr = await request.get('/', { headers: { 'Accept-Language': 'fr-FR' }, maxRedirects: 0 });
    expect(fr.headers()['location']).toMatch(/\/en$/);
  });

  test('an unknown slug is a localized 404', async ({ page }) => {
    const en = await page.goto('/en/read/no-such-article');
    expect(en?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'We couldn’t find that page' })).toBeVisible();
    const zh = await page.goto('/zh/read/no-such-article');
    expect(zh?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: '找不到这个页面' })).toBeVisible();
    await page.getByRole('link', { name: '返回文库' }).click();
    await expect(page).toHaveURL(/\/zh$/);
  });

  test('an unknown locale is a 404, not a server error', async ({ request }) => {
    for (const path of ['/fr', '/de/read/liaoyuan-xian', '/zh-TW']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(await response.text()).toContain('We couldn’t find that page');
    }
  });

  test('every response carries the security headers', async ({ request }) => {
    for (const path of ['/en', '/en/read/liaoyuan-xian', '/api/articles']) {
      const headers = (await request.get(path)).headers();
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(headers['content-security-policy'], path).not.toContain('unsafe-eval');
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBeTruthy();
      expect(headers['x-frame-options'], path).toBe('DENY');
    }
  });

  test('the page works under its Content-Security-Policy', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.goto('/en');
    await page.getByRole('navigation', { name: 'Interface language' }).getByRole('link', { name: '中文' }).click();
    await expect(page).toHaveURL(/\/zh$/);
    expect(violations).toEqual([]);
  });

  test('has a favicon and a web app manifest', async ({ request }) => {
    const manifest = await request.get('/manifest.webmanifest');
    expect(manifest.ok()).toBe(true);
    expect((await manifest.json()).name).toContain('读报');
    expect((await request.get('/icon.svg')).ok()).toBe(true);
  });
});

test('the About page credits CC-CEDICT with its licence and the newspaper', async ({ page }) => {
  await page.goto('/en/about');
  await expect(page.getByRole('link', { name: 'CC BY-SA 4.0 licence' })).toHaveAttribute(
    'href',
    'https://creativecommons.org/licenses/by-sa/4.0/',
  );
  await expect(page.getByText(/Jilin Daily/).first()).toBeVisible();
  await expect(page.getByText(/CC-CEDICT/).first()).toBeVisible();
});
