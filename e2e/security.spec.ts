import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { getEnv, getTestEnv } from '~/env';
import { scanForSecrets, secretNeedles, SERVER_ONLY_MARKERS } from '~/server/security/bundle-secrets';
import { listPages, PUBLIC_PAGES } from '~/server/security/page-routes';
import { signedInPage, VIEWER } from './fixtures/login';

/** CSP violations the page reported (Chromium logs each refused script, style or frame). */
function cspViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) seen.push(message.text());
  });
  return seen;
}

test.describe('security in the built app', () => {
  test('no secret value or server-only code is in the client bundle (.next/static)', () => {
    const dir = path.resolve('.next/static');
    expect(existsSync(dir), 'run next build first').toBe(true);
    const env = getEnv();
    const sessionSecretFile = path.resolve(env.DATA_DIR, 'session-secret');
    const needles = [
      ...secretNeedles({
        SESSION_SECRET: env.SESSION_SECRET,
        DATABASE_URL: env.DATABASE_URL,
        TEST_DATABASE_URL: getTestEnv().TEST_DATABASE_URL,
        REDIS_URL: env.REDIS_URL,
        METRICS_TOKEN: env.METRICS_TOKEN,
        'DATA_DIR/session-secret': existsSync(sessionSecretFile) ? readFileSync(sessionSecretFile, 'utf8').trim() : undefined,
      }),
      ...SERVER_ONLY_MARKERS,
    ];
    expect(scanForSecrets(dir, needles)).toEqual([]);
  });

  test('every page sends a visitor without a session to the login page', async ({ page }) => {
    for (const { route } of listPages()) {
      if (PUBLIC_PAGES[route]) continue;
      await page.goto(route);
      await expect(page, route).toHaveURL(new RegExp(`/login\\?next=${encodeURIComponent(route).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    }
  });

  test('pages carry the CSP (no framing) and run under it without violations', async ({ page, browser }) => {
    const violations = cspViolations(page);
    const res = await page.goto('/login');
    expect(res?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await expect(page.getByRole('button')).not.toHaveCount(0);
    const board = await signedInPage(browser, VIEWER, '/boards/stage?meeting=1');
    const boardViolations = cspViolations(board);
    await expect(board.getByTestId('meeting-strip')).toBeVisible();
    await board.reload();
    await expect(board.getByTestId('meeting-strip')).toBeVisible();
    expect([...violations, ...boardViolations]).toEqual([]);
    await board.context().close();
  });

  test('a viewer opening the import page is told they cannot import, and gets no upload form', async ({ browser }) => {
    const page = await signedInPage(browser, VIEWER, '/import');
    await expect(page.getByTestId('import-viewer-notice')).toContainText('Viewers cannot import data');
    await expect(page.locator('input[type=file]')).toHaveCount(0);
    await page.context().close();
  });
});
