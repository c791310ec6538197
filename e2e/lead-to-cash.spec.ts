import { expect, test, type Page } from '@playwright/test';
import { ANA, JAVIER, signedInPage } from './fixtures/login';

/** The current month's figure of one row of the invoicing board (aggregated view). */
const cell = (page: Page, row: string, month: string) => page.getByTestId(`inv-row-${row}`).locator(`[data-month="${month}"]`);
const countOf = async (page: Page, row: string, month: string) => Number(await cell(page, row, month).getAttribute('data-count'));

test.describe('from quote to cash', () => {
  test('a rep quotes, prints, wins and invoices a deal; a manager watching the invoicing board sees each step live', async ({ browser }) => {
    const month = new Date().toISOString().slice(0, 7);
    const javier = await signedInPage(browser, JAVIER, '/boards/invoicing');
    await expect(cell(javier, 'orders', month)).toBeVisible();
    const before = { won: await countOf(javier, 'won', month), orders: await countOf(javier, 'orders', month), draft: await countOf(javier, 'draft', month), pending: await countOf(javier, 'pending', month) };
    const reloads: string[] = [];
    javier.on('framenavigated', (frame) => frame === javier.mainFrame() && reloads.push(frame.url()));

    // 1. A quote from a deal of Ana's, with one catalogue line.
    const ana = await signedInPage(browser, ANA, '/boards/probability');
    const card = ana.locator('[data-column-id="p75"] [data-testid="deal-card"]').first();
    await card.click();
    await ana.getByTestId('new-quote').click();
    await expect(ana.getByTestId('quote-number')).toHaveText(/^Q-\d{4}-\d{4,}$/);
    await ana.getByTestId('product-search').click();
    await ana.locator('.q-picker-option:not([disabled])').first().click();
    await expect(ana.getByTestId('quote-line')).toHaveCount(1);
    await expect(ana.getByTestId('quote-totals')).toContainText(/Total\s*€\s*[1-9]/);
    await ana.getByTestId('quote-notes').fill('Entrega en 4 semanas. Garantía 24 meses.');
    await ana.getByTestId('quote-valid-until').click();
    await expect(ana.getByTestId('quote-notice')).toContainText('Saved.');

    // 2. It prints as a PDF in each format.
    const quoteUrl = ana.url();
    const quoteId = quoteUrl.split('/quotes/')[1]!.split(/[?#]/)[0]!;
    for (const format of ['a4', 'a5', 'ticket']) {
      const pdf = await ana.request.get(`/api/quotes/${quoteId}/pdf?format=${format}`);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toContain('application/pdf');
      expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    }

    // 3. Sent, then accepted and won in one action: the order appears on the manager's board.
    await ana.getByTestId('quote-actions').getByRole('button', { name: 'Mark as sent' }).click();
    await ana.getByTestId('accept-and-win').click();
    await expect(ana.getByTestId('quote-status')).toHaveText('Accepted');
    await expect(cell(javier, 'won', month)).toHaveAttribute('data-count', String(before.won + 1));
    await expect(cell(javier, 'orders', month)).toHaveAttribute('data-count', String(before.orders + 1));

    // 4. The order is confirmed and invoiced in full: a draft, then an authorized (pending) invoice.
    await ana.getByTestId('quote-chain').getByRole('link', { name: /^SO-/ }).first().click();
    await ana.getByTestId('order-actions').getByRole('button', { name: 'Confirm order' }).click();
    await ana.getByTestId('create-invoice').click();
    await ana.locator('form').getByRole('button', { name: 'Create draft invoice' }).click();
    await expect(ana).toHaveURL(/\/invoices\//);
    await expect(cell(javier, 'draft', month)).toHaveAttribute('data-count', String(before.draft + 1));
    await ana.getByTestId('invoice-actions').getByRole('button', { name: 'Authorize' }).click();
    await expect(cell(javier, 'pending', month)).toHaveAttribute('data-count', String(before.pending + 1));
    await expect(cell(javier, 'draft', month)).toHaveAttribute('data-count', String(before.draft));

    expect(reloads, 'the watching board never reloaded').toEqual([]);
    await javier.screenshot({ path: 'test-results/screens/invoicing-board.png' });
  });
});
