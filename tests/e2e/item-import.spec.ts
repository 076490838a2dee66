import { expect, type Page, test } from '@playwright/test';
import { DEMO, expectAccessible, screenshot, signIn } from './harness.js';

test.describe.configure({ mode: 'serial' });

const FIXTURES = 'tests/fixtures/imports';

/** The parts of the import page a test talks to. */
function importPage(page: Page) {
  const root = page.locator('rh-import-page');
  return {
    root,
    file: root.getByLabel('File', { exact: true }),
    preview: root.getByRole('button', { name: 'Preview', exact: true }),
    importButton: root.getByRole('button', { name: /^Import \d+ items? as (drafts|a draft)$/ }),
    report: root.locator('section.report'),
  };
}

/** Chooses the file and the defaults every imported question gets. */
async function fillForm(page: Page, file: string) {
  const p = importPage(page);
  await p.file.setInputFiles(`${FIXTURES}/${file}`);
  await p.root.getByLabel('Topic', { exact: true }).selectOption('brakes.principles');
  await p.root.getByRole('checkbox', { name: 'Professional knowledge (driver)' }).check();
  await p.root.getByLabel('Reference', { exact: true }).fill('UIC 540: Brakes — Air brakes for freight trains');
}

test('a teacher previews a GIFT file, imports it as drafts and opens one', async ({ page }, info) => {
  await signIn(page, DEMO.teacher);
  await page.goto('/items');
  await page.locator('rh-items-page').getByRole('link', { name: 'Import', exact: true }).click();
  await expect(page).toHaveURL(/\/items\/import$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import items');
  const p = importPage(page);

  await fillForm(page, 'brakes.gift');
  await p.preview.click();
  await expect(p.report.getByRole('status')).toContainText('3 questions ready, 1 skipped, 0 problems');
  await expect(p.report.locator('tbody tr')).toHaveCount(3);
  await expect(p.report.getByRole('cell', { name: 'Reduction', exact: true })).toBeVisible();
  await expect(p.report.getByText('Single choice')).toBeVisible();
  await expect(p.report.locator('.skipped')).toContainText('Essay');
  await expect(p.importButton).toHaveText('Import 3 items as drafts');
  await expectAccessible(page);
  await page.mouse.move(0, 0);
  await screenshot(page, info, 'import-en');

  // Changing an option makes the preview stale.
  await p.root.getByLabel('Difficulty', { exact: true }).selectOption('hard');
  await expect(p.report).toHaveCount(0);
  await p.preview.click();
  await expect(p.importButton).toBeVisible();

  await p.importButton.click();
  const created = p.root.locator('section.created');
  await expect(created.getByRole('heading')).toHaveText('3 drafts created');
  await expect(created.getByRole('link', { name: /^brakes-\d{4}$/ })).toHaveCount(3);
  await expect(created.getByRole('link', { name: 'See all drafts in the question bank' })).toHaveAttribute(
    'href',
    '/items?status=draft',
  );
  await expect(p.importButton).toHaveCount(0);
  await expectAccessible(page);

  const first = created.getByRole('link', { name: /^brakes-\d{4}$/ }).first();
  const id = (await first.textContent())?.trim() ?? '';
  await first.click();
  await expect(page).toHaveURL(new RegExp(`/items/${id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(id);
  await expect(page.locator('rh-item-page .head .badge')).toHaveText('Draft');
});

test('a file with a problem shows the error with its line and cannot be imported', async ({ page }) => {
  await signIn(page, DEMO.teacher);
  await page.goto('/items/import');
  const p = importPage(page);
  await fillForm(page, 'broken.gift');
  await p.preview.click();
  const alert = p.report.getByRole('alert');
  await expect(alert).toContainText('Nothing was imported');
  await expect(alert).toContainText(/Line \d+/);
  await expect(alert).toContainText('Bad');
  await expect(p.report.getByRole('status')).toContainText(/[1-9]\d* problems?/);
  await expect(p.importButton).toHaveCount(0);
  await expectAccessible(page);
});
