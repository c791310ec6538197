import { expect, type Locator, type Page } from '@playwright/test';
import { test } from '@playwright/test';
import { ANA, JAVIER, VIEWER, signedInPage } from './fixtures/login';

const column = (page: Page, id: string) => page.locator(`[data-column-id="${id}"]`);
const cardIn = (page: Page, columnId: string, cardId: string) => column(page, columnId).locator(`[data-card-id="${cardId}"]`);

/** A real mouse drag: press, move past the activation distance in steps, release over the target. */
async function mouseDrag(page: Page, source: Locator, target: Locator) {
  const from = (await source.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + 20);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + 30, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 60, { steps: 20 });
  await page.mouse.up();
}

test.describe('live probability board', () => {
  test('a rep drags a card; the manager sees it move with updated totals and presence', async ({ browser }) => {
    const ana = await signedInPage(browser, ANA, '/boards/probability');
    const javier = await signedInPage(browser, JAVIER, '/boards/probability');
    await expect(javier.getByTestId('presence-avatar')).toHaveCount(2);
    await expect(ana.getByTestId('presence-avatar')).toHaveCount(2);

    const card = column(ana, 'p10').getByTestId('deal-card').first();
    const cardId = (await card.getAttribute('data-card-id'))!;
    const countBefore = Number(await column(javier, 'p50').getByTestId('column-count').textContent());
    await mouseDrag(ana, card, column(ana, 'p50').locator('.column-body'));

    await expect(cardIn(ana, 'p50', cardId)).toBeVisible();
    await expect(cardIn(javier, 'p50', cardId)).toBeVisible();
    await expect(cardIn(javier, 'p10', cardId)).toHaveCount(0);
    await expect(column(javier, 'p50').getByTestId('column-count')).toHaveText(String(countBefore + 1));
    await expect(javier.getByTestId('move-feed')).toContainText('Ana García López moved');
    await javier.screenshot({ path: 'test-results/screens/board-probability.png' });
  });

  test('a keyboard drag moves a card to the next column, and reorders within a column', async ({ browser }) => {
    const ana = await signedInPage(browser, ANA, '/boards/probability');
    const card = column(ana, 'p25').getByTestId('deal-card').first();
    const cardId = (await card.getAttribute('data-card-id'))!;
    // A person pauses between keys; dnd-kit settles the drop target after each move.
    const press = async (key: string) => {
      await ana.keyboard.press(key);
      await ana.waitForTimeout(250);
    };
    await card.focus();
    await press('Space');
    await press('ArrowRight');
    await press('Space');
    await expect(cardIn(ana, 'p50', cardId)).toBeVisible();
    await expect(cardIn(ana, 'p25', cardId)).toHaveCount(0);

    // ↓ moves the first card of a column below the second one; the order survives a reload, and the card keeps its
    // own probability (a band holds a range: a reorder is not a move to the band's lower bound).
    const ids = () => column(ana, 'p75').getByTestId('deal-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-card-id')));
    const [first, second] = await ids();
    const probabilityOf = (id: string | null | undefined) => column(ana, 'p75').locator(`[data-card-id="${id}"] .deal-prob`);
    const probability = (await probabilityOf(first).textContent())!;
    await column(ana, 'p75').locator(`[data-card-id="${first}"]`).focus();
    await press('Space');
    await press('ArrowDown');
    await press('Space');
    await expect.poll(async () => (await ids()).slice(0, 2)).toEqual([second, first]);
    await ana.reload();
    await expect.poll(async () => (await ids()).slice(0, 2)).toEqual([second, first]);
    await expect(probabilityOf(first)).toHaveText(probability);
  });

  test('on a touch screen a swipe scrolls the column and a long press drags the card', async ({ browser }) => {
    const ana = await signedInPage(browser, ANA, '/boards/probability');
    const cdp = await ana.context().newCDPSession(ana);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    const body = column(ana, 'p10').locator('.column-body');
    const box = (await body.boundingBox())!;
    const x = box.x + box.width / 2;
    const firstBefore = await column(ana, 'p10').getByTestId('deal-card').first().getAttribute('data-card-id');
    // A quick swipe up: the column scrolls, and no card is picked up.
    await touch('touchStart', x, box.y + box.height - 40);
    for (let i = 1; i <= 10; i++) await touch('touchMove', x, box.y + box.height - 40 - i * 30);
    await touch('touchEnd', x, box.y + 60);
    await expect.poll(() => body.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    await expect(ana.locator('.deal-overlay')).toHaveCount(0);
    // The swipe flings the column: wait until it has stopped before scrolling back, or the fling carries on and
    // moves the cards away from where the long press below is aimed.
    await expect.poll(async () => {
      const before = await body.evaluate((el) => el.scrollTop);
      await ana.waitForTimeout(200);
      return (await body.evaluate((el) => el.scrollTop)) === before;
    }).toBe(true);
    await body.evaluate((el) => (el.scrollTop = 0));
    await expect(column(ana, 'p10').getByTestId('deal-card').first()).toHaveAttribute('data-card-id', firstBefore!);

    // Hold still, then move: the card is dragged to the 50 % column.
    const card = column(ana, 'p10').getByTestId('deal-card').first();
    const cardId = (await card.getAttribute('data-card-id'))!;
    const from = (await card.boundingBox())!;
    const to = (await column(ana, 'p50').locator('.column-body').boundingBox())!;
    await touch('touchStart', from.x + from.width / 2, from.y + 20);
    await ana.waitForTimeout(400);
    // A nudge within the sensor's tolerance: the card is picked up (its overlay shows) before the real move starts,
    // so a loaded machine that ran the sensor's timer late cannot turn the long press into a swipe.
    await touch('touchMove', from.x + from.width / 2 + 2, from.y + 21);
    await expect(ana.locator('.deal-overlay')).toHaveCount(1);
    for (let i = 1; i <= 15; i++) await touch('touchMove', from.x + from.width / 2 + ((to.x - from.x) * i) / 15, from.y + 20 + 40 * (i / 15));
    await touch('touchEnd', to.x + to.width / 2, from.y + 60);
    await expect(cardIn(ana, 'p50', cardId)).toBeVisible();
  });

  test('two people move one card at once: one wins, the other is told, everyone converges', async ({ browser }) => {
    const ana = await signedInPage(browser, ANA, '/boards/probability');
    const javier = await signedInPage(browser, JAVIER, '/boards/probability');
    const card = column(ana, 'p75').getByTestId('deal-card').first();
    const cardId = (await card.getAttribute('data-card-id'))!;

    await javier.context().setOffline(true);
    await expect(javier.getByTestId('sync-banner')).toContainText('reconnecting');
    await mouseDrag(ana, card, column(ana, 'p90').locator('.column-body'));
    await expect(cardIn(ana, 'p90', cardId)).toBeVisible();
    await mouseDrag(javier, cardIn(javier, 'p75', cardId), column(javier, 'p25').locator('.column-body'));
    await javier.context().setOffline(false);

    await expect(javier.getByTestId('board-toast')).toContainText('Ana García López moved this card meanwhile');
    await expect(javier.getByTestId('sync-banner')).toContainText('Back in sync', { timeout: 15_000 });
    await expect(cardIn(javier, 'p90', cardId)).toBeVisible({ timeout: 15_000 });
    await expect(cardIn(ana, 'p90', cardId)).toBeVisible();
    await ana.reload();
    await expect(cardIn(ana, 'p90', cardId)).toBeVisible();
  });

  test('a viewer’s drag is refused with a clear message', async ({ browser }) => {
    const viewer = await signedInPage(browser, VIEWER, '/boards/probability');
    const card = column(viewer, 'p10').getByTestId('deal-card').first();
    const cardId = (await card.getAttribute('data-card-id'))!;
    await mouseDrag(viewer, card, column(viewer, 'p50').locator('.column-body'));
    await expect(viewer.getByTestId('board-toast')).toContainText('viewer');
    await expect(cardIn(viewer, 'p10', cardId)).toBeVisible();
  });

  test('clicking a card opens its detail; an edit reaches the other viewer', async ({ browser }) => {
    const ana = await signedInPage(browser, ANA, '/boards/probability');
    const javier = await signedInPage(browser, JAVIER, '/boards/probability');
    const card = column(ana, 'p50').getByTestId('deal-card').first();
    const cardId = (await card.getAttribute('data-card-id'))!;
    await card.click();
    const drawer = ana.getByTestId('opportunity-drawer');
    await expect(drawer).toBeVisible();
    await expect(ana.getByTestId('opp-history')).toBeVisible();
    const title = `Renovación ERP ${Date.now() % 100000}`;
    await ana.getByTestId('opp-title').fill(title);
    await ana.getByTestId('opp-save').click();
    await expect(javier.locator(`[data-card-id="${cardId}"]`)).toHaveAttribute('data-title', title);
    await ana.screenshot({ path: 'test-results/screens/opportunity-drawer.png' });
    await ana.keyboard.press('Escape');
    await expect(drawer).toHaveCount(0);
  });

  test('meeting mode hides navigation and shows the totals strip', async ({ browser }) => {
    const javier = await signedInPage(browser, JAVIER, '/boards/stage?meeting=1');
    await expect(javier.getByTestId('meeting-strip')).toBeVisible();
    await expect(javier.locator('.sidebar')).toBeHidden();
    // Opened from the URL, full screen waits for a gesture, and says so.
    await expect(javier.getByTestId('fullscreen-hint')).toBeVisible();
    // The stage board's feed names the stage a deal moved to.
    const ana = await signedInPage(browser, ANA, '/boards/stage');
    const columns = ana.getByTestId('board-column');
    const target = columns.nth(1);
    const stageName = (await target.getAttribute('aria-label'))!;
    const card = columns.nth(0).getByTestId('deal-card').first();
    const title = await card.getAttribute('data-title');
    await card.focus();
    for (const key of ['Space', 'ArrowRight', 'Space']) {
      await ana.keyboard.press(key);
      await ana.waitForTimeout(250);
    }
    await expect(javier.locator('.meeting-feed')).toContainText(`Ana García López moved ${title} to ${stageName}`);
    await javier.screenshot({ path: 'test-results/screens/board-stage-meeting.png' });
    await javier.mouse.click(5, 5);
    await expect(javier.getByTestId('fullscreen-hint')).toHaveCount(0);
    await javier.getByTestId('meeting-toggle').click();
    await expect(javier.locator('.sidebar')).toBeVisible();
  });

  test('dropping on Lost asks for a reason and closes the deal for everyone', async ({ browser }) => {
    const ana = await signedInPage(browser, ANA, '/boards/probability');
    const javier = await signedInPage(browser, JAVIER, '/boards/probability');
    const card = column(ana, 'p25').getByTestId('deal-card').first();
    const cardId = (await card.getAttribute('data-card-id'))!;
    await mouseDrag(ana, card, ana.getByTestId('zone-lost'));
    await ana.getByTestId('lost-reason').fill('Eligió a la competencia');
    await ana.getByRole('button', { name: 'Mark as lost' }).click();
    await expect(ana.locator(`[data-card-id="${cardId}"]`)).toHaveCount(0);
    await expect(javier.locator(`[data-card-id="${cardId}"]`)).toHaveCount(0);
    await expect(javier.getByTestId('move-feed')).toContainText('as lost');
  });
});
