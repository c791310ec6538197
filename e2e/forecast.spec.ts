import { expect, test, type Locator, type Page } from '@playwright/test';
import { ANA, signedInPage } from './fixtures/login';

const ELENA = 'elena.martin@demo.dealflow.test';
const column = (page: Page, id: string) => page.locator(`[data-column-id="${id}"]`);

/** A real mouse drag, as in board.spec.ts: press, pass the activation distance, release over the target. */
async function mouseDrag(page: Page, source: Locator, target: Locator) {
  const from = (await source.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + 20);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + 30, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 60, { steps: 20 });
  await page.mouse.up();
}

/** Opens /forecast; on a database where the job has not stored a snapshot yet, starts it from the page. */
async function openReport(page: Page) {
  const report = page.getByTestId('forecast-report');
  const none = page.getByTestId('forecast-no-snapshot');
  await expect(report.or(none)).toBeVisible({ timeout: 30_000 });
  if (await none.isVisible()) await none.getByRole('button').click();
  await expect(report).toBeVisible({ timeout: 30_000 });
}

const weightedValue = async (page: Page) => Number(await page.getByTestId('kpi-weighted-pipeline').getAttribute('data-value'));

test.describe('executive forecast report', () => {
  test('an executive sees the tiles and every chart', async ({ browser }) => {
    const elena = await signedInPage(browser, ELENA, '/forecast');
    await openReport(elena);
    await expect(elena.getByTestId('kpi-weighted-pipeline')).toBeVisible();
    for (const tile of ['kpi-winRate', 'kpi-pipelineCoverage', 'kpi-orderBacklogMinor', 'kpi-dsoDays']) await expect(elena.getByTestId(tile)).toBeVisible();
    for (const chart of ['chart-weighted', 'chart-bookings', 'chart-fan']) {
      await expect(elena.getByTestId(chart).locator('svg.recharts-surface').first()).toBeVisible();
    }
    // Calibration and accuracy need history; either the chart or its empty state is shown.
    await expect(elena.getByTestId('chart-calibration').or(elena.getByTestId('section-calibration-empty'))).toBeVisible();
    await expect(elena.getByTestId('chart-accuracy').or(elena.getByTestId('section-accuracy-empty'))).toBeVisible();
    // The demo's closed deals give a calibration per band and per stage they reached.
    await expect(elena.getByTestId('calibration-table').locator('tbody tr').first()).toBeVisible();
    // Deals count in every band they reached, so the lowest band has wins too (the demo's deals are all won from the last stage).
    await expect(elena.getByTestId('calibration-table').locator('tbody tr').first().locator('td').nth(3)).not.toHaveText(/^0\s?%$/);
    await expect(elena.getByTestId('calibration-stage-table').locator('tbody tr').first()).toBeVisible();
    await expect(elena.getByTestId('bookings-method').or(elena.getByTestId('section-bookings-empty'))).toBeVisible();
    await expect(elena.getByTestId('overrides-commit')).toBeVisible();
    // The pipeline bars are weighted by default; one click shows the amounts.
    const measure = elena.getByTestId('pipeline-measure').getByRole('button');
    await expect(measure.first()).toHaveAttribute('aria-pressed', 'true');
    await measure.nth(1).click();
    await expect(measure.nth(1)).toHaveAttribute('aria-pressed', 'true');
    await expect(elena.getByTestId('section-weighted')).toContainText('Bars: amount per category');
    await measure.first().click();

    // Filters live in the URL.
    await elena.getByTestId('filter-period').selectOption('next3');
    await expect(elena).toHaveURL(/period=next3/);
    await elena.reload();
    await expect(elena.getByTestId('filter-period')).toHaveValue('next3');
    await elena.screenshot({ path: 'test-results/screens/forecast-report.png', fullPage: true });

    // Figures break down by one dimension: a pipeline clears the team, a team clears the pipeline, and the key figures say
    // which of them follow the filter.
    await expect(elena.getByTestId('kpi-filtered-note')).toHaveCount(0);
    const calibrationOverall = elena.getByTestId('section-calibration').locator('.fc-footnote').first();
    const organizationCalibration = (await calibrationOverall.textContent())!;
    const backlogTile = elena.getByTestId('kpi-orderBacklogMinor');
    const organizationBacklog = (await backlogTile.textContent())!;
    const team = await elena.getByTestId('filter-team').locator('option').nth(1).getAttribute('value');
    const pipeline = await elena.getByTestId('filter-pipeline').locator('option').nth(1).getAttribute('value');
    await elena.getByTestId('filter-team').selectOption(team!);
    await expect(elena.getByTestId('kpi-filtered-note')).toBeVisible();
    // The team's own bookings forecast (with its method) and its own calibration, from its own closed deals.
    await expect(elena.getByTestId('bookings-method')).toBeVisible();
    await expect(calibrationOverall).not.toHaveText(organizationCalibration);
    // Orders and cash too: the team's deals' orders only.
    await expect(backlogTile).not.toHaveText(organizationBacklog);
    await elena.getByTestId('filter-pipeline').selectOption(pipeline!);
    await expect(elena).toHaveURL(new RegExp(`pipeline=${pipeline}`));
    await expect(elena).not.toHaveURL(/team=/);
    await expect(elena.getByTestId('filter-team')).toHaveValue('');
    await elena.getByTestId('filter-team').selectOption(team!);
    await expect(elena).not.toHaveURL(/pipeline=/);
    await expect(elena.getByTestId('filter-pipeline')).toHaveValue('');
    // Printed, the filters are hidden and the pack says what it shows.
    const teamName = await elena.getByTestId('filter-team').locator(`option[value="${team}"]`).textContent();
    await expect(elena.getByTestId('forecast-print-scope')).toBeHidden();
    await elena.emulateMedia({ media: 'print' });
    await expect(elena.getByTestId('forecast-print-scope')).toHaveText(`Team: ${teamName} · Next 3 months`);
    await expect(elena.getByTestId('forecast-filters')).toBeHidden();
    await elena.emulateMedia({ media: 'screen' });
  });

  test('a rep moves a deal to 90 % and the executive’s weighted pipeline tile changes without a reload', async ({ browser }) => {
    const elena = await signedInPage(browser, ELENA, '/forecast');
    await openReport(elena);
    const before = await weightedValue(elena);
    const asOfBefore = await elena.getByTestId('forecast-report').getAttribute('data-as-of');

    const ana = await signedInPage(browser, ANA, '/boards/probability');
    const card = column(ana, 'p10').getByTestId('deal-card').first();
    const cardId = (await card.getAttribute('data-card-id'))!;
    await mouseDrag(ana, card, column(ana, 'p90').locator('.column-body'));
    await expect(column(ana, 'p90').locator(`[data-card-id="${cardId}"]`)).toBeVisible();

    // The job recomputes after the move and announces forecast:updated; the page refetches by itself.
    await expect.poll(() => elena.getByTestId('forecast-report').getAttribute('data-as-of'), { timeout: 20_000 }).not.toBe(asOfBefore);
    await expect.poll(() => weightedValue(elena), { timeout: 20_000 }).toBeGreaterThan(before);
    await expect(elena.getByTestId('forecast-updated')).toContainText('updated');
  });
});
