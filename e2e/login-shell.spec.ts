import { expect, test } from '@playwright/test';

const MANAGER = { email: 'javier.romero@demo.dealflow.test', password: 'dealflow-demo' };

test.describe('log in and see the shell', () => {
  test('an anonymous visitor is sent to the login page', async ({ page }) => {
    await page.goto('/customers');
    await expect(page).toHaveURL(/\/login\?next=%2Fcustomers/);
  });

  test('a wrong password gets a clear message', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel(/email|correo/i).fill(MANAGER.email);
    await page.getByLabel(/password|contraseña/i).fill('not-the-password');
    await page.getByRole('button', { name: /sign in|entrar/i }).click();
    await expect(page.getByRole('alert').filter({ hasText: /wrong email or password|correo o contraseña incorrectos/i })).toBeVisible();
  });

  test('the manager logs in, sees live figures, switches language and signs out', async ({ page }) => {
    await page.goto('/login?next=/');
    await page.getByTestId('lang-en').click();
    await page.getByLabel('Email').fill(MANAGER.email);
    await page.getByLabel('Password').fill(MANAGER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expect(page.getByRole('heading', { name: 'Pipeline overview' })).toBeVisible();
    await expect(page.getByTestId('org-name')).not.toHaveText(/^\s*$/);
    await expect(page.getByTestId('live-indicator')).toHaveAttribute('data-status', 'connected');
    await expect(page.getByTestId('kpi-open')).toContainText('€');
    for (const name of ['By probability', 'By stage', 'Invoicing progress', 'Forecast', 'Customers', 'Settings']) {
      await expect(page.getByRole('link', { name })).toBeVisible();
    }
    await page.screenshot({ path: 'test-results/screens/overview-en.png' });

    await page.getByTestId('lang-es').click();
    await expect(page.getByRole('heading', { name: 'Resumen del embudo' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Clientes' })).toBeVisible();

    await page.getByRole('link', { name: 'Clientes' }).click();
    await expect(page.getByTestId('customer-table')).toBeVisible();
    await page.getByTestId('customer-search').fill('S.L.');
    await expect(page.getByTestId('customer-table').locator('tbody tr').first()).toContainText('S.L.');
    await page.screenshot({ path: 'test-results/screens/customers-es.png' });

    await page.getByRole('link', { name: 'Por probabilidad' }).click();
    await expect(page.getByTestId('board')).toBeVisible();

    await page.getByRole('link', { name: 'Configuración' }).click();
    await expect(page.getByTestId('members-table')).toContainText('Javier Romero');
    await page.screenshot({ path: 'test-results/screens/settings-es.png' });

    await page.getByTestId('sign-out').click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/login/);
  });
});
