import { expect, type Page, test } from '@playwright/test';
import { DEMO, expectAccessible, screenshot, signIn } from './harness.js';

test.describe.configure({ mode: 'serial' });

/** The seed bank has 382 items; other specs in the same run may have added drafts since. */
const SEED_BANK_SIZE = 382;
let BANK_SIZE = SEED_BANK_SIZE;

/** Reads how many items the bank has now (the summary says "Items 1–20 of N"). */
async function readBankSize(page: Page) {
  await expect(summary(page)).toHaveText(/Items 1–20 of \d+/);
  BANK_SIZE = Number((await summary(page).textContent())?.match(/of (\d+)/)?.[1]);
  expect(BANK_SIZE).toBeGreaterThanOrEqual(SEED_BANK_SIZE);
}

const bank = (page: Page) => page.locator('rh-items-page');
const rows = (page: Page) => bank(page).locator('tbody tr');
const summary = (page: Page) => bank(page).locator('.summary');

/** Waits until the list shows the answer to the latest filters (it keeps the old rows, marked busy, meanwhile). */
async function settled(page: Page) {
  await expect(bank(page).locator('.results .task')).toHaveAttribute('aria-busy', 'false');
}

/** Phones fold the filter fields behind a "Filters" button; desktops always show them. */
async function showFilters(page: Page) {
  const toggle = bank(page).locator('button.toggle');
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

async function openBank(page: Page) {
  await page
    .getByRole('navigation', { name: /^(Main|主导航)$/ })
    .getByRole('link', { name: /^(Question bank|题库)$/ })
    .click();
  await expect(page).toHaveURL(/\/items$/);
  await expect(rows(page)).toHaveCount(20);
}

test('a teacher browses, filters, searches and pages through the question bank', async ({ page }, info) => {
  await signIn(page, DEMO.teacher);
  await openBank(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Question bank' })).toBeVisible();
  await readBankSize(page);
  await expect(bank(page).getByRole('link', { name: 'New item' })).toHaveAttribute('href', '/items/new');
  await expect(bank(page).getByRole('button', { name: 'All items' })).toHaveAttribute('aria-pressed', 'true');
  const first = rows(page).first();
  await expect(first.getByRole('link')).toHaveAttribute('href', /^\/items\/[a-z]+-\d{4}$/);
  await expect(first.locator('td.stem')).toHaveText(/\w{3,}/);
  await expectAccessible(page);
  await screenshot(page, info, 'items-en');

  // Area and type: the topic list follows the area, and every row matches both filters.
  await showFilters(page);
  await page.getByLabel('Area', { exact: true }).selectOption('brakes');
  await expect(page).toHaveURL(/[?&]area=brakes/);
  await expect(page.getByLabel('Topic', { exact: true }).locator('option')).toHaveCount(6);
  await page.getByLabel('Type', { exact: true }).selectOption('true_false');
  await expect(page).toHaveURL(/[?&]kind=true_false/);
  await settled(page);
  const count = await rows(page).count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    await expect(rows(page).nth(i).locator('td.id')).toHaveText(/^brakes-\d{4}$/);
    await expect(rows(page).nth(i).locator('td.kind')).toHaveText('True or false');
  }
  await expectAccessible(page);

  // The filters live in the URL, so a reload keeps them.
  await page.reload();
  await showFilters(page);
  await expect(page.getByLabel('Area', { exact: true })).toHaveValue('brakes');
  await expect(page.getByLabel('Type', { exact: true })).toHaveValue('true_false');
  await expect(rows(page)).toHaveCount(count);
  await bank(page).getByRole('button', { name: 'Clear filters' }).click();
  await expect(summary(page)).toHaveText(`Items 1–20 of ${BANK_SIZE}`);
  await expect(page).toHaveURL(/\/items$/);

  // Search in English, then in Chinese (translations are searched too), then one that matches nothing.
  const search = page.getByLabel('Search', { exact: true });
  await search.fill('brake pipe');
  await expect(page).toHaveURL(/[?&]q=brake\+pipe/);
  await settled(page);
  await expect(summary(page)).not.toContainText(`of ${BANK_SIZE}`);
  await expect(rows(page).first()).toBeVisible();
  await search.fill('列车管');
  await expect(page).toHaveURL(/[?&]q=%E5%88%97%E8%BD%A6%E7%AE%A1/);
  await settled(page);
  await expect(rows(page).first()).toBeVisible();
  await expect(summary(page)).not.toContainText(`of ${BANK_SIZE}`);
  await page.reload();
  await expect(page.getByLabel('Search', { exact: true })).toHaveValue('列车管');
  await expect(rows(page).first()).toBeVisible();
  await page.getByLabel('Search', { exact: true }).fill('zzqx nothing like this');
  await expect(bank(page).getByText('No item matches this search and these filters.')).toBeVisible();
  await bank(page).getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(summary(page)).toHaveText(`Items 1–20 of ${BANK_SIZE}`);
  await expect(page.getByLabel('Search', { exact: true })).toHaveValue('');

  // Paging forward, and the page survives a reload.
  const firstId = await rows(page).first().locator('td.id').textContent();
  await bank(page).getByRole('button', { name: 'Next' }).click();
  await expect(summary(page)).toHaveText(`Items 21–40 of ${BANK_SIZE}`);
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(rows(page).first().locator('td.id')).not.toHaveText(firstId ?? '');
  await page.reload();
  await expect(summary(page)).toHaveText(`Items 21–40 of ${BANK_SIZE}`);

  // The main navigation lands on the unfiltered first page again.
  await openBank(page);
  await expect(summary(page)).toHaveText(`Items 1–20 of ${BANK_SIZE}`);
});

test('the review queue and reported views', async ({ page }, info) => {
  await signIn(page, DEMO.teacher);
  // A learner-style report on one item, so the Reported view has something in it.
  const csrf = (await page.context().cookies()).find((c) => c.name === 'rh_csrf')?.value ?? '';
  const reported = await page.request.post('/api/items/brakes-0034/reports', {
    headers: { 'X-CSRF-Token': csrf },
    data: { reason: 'typo', comment: `E2E report from the ${info.project.name} run` },
  });
  expect(reported.status()).toBe(201);

  await openBank(page);
  const review = bank(page).getByRole('button', { name: /^Review queue/ });
  await review.click();
  await expect(review).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/[?&]status=in_review/);
  await settled(page);
  await showFilters(page);
  await expect(page.getByLabel('Status', { exact: true })).toHaveValue('in_review');
  const queue = rows(page);
  await expect(queue.or(bank(page).getByText('Nothing is waiting for review.')).first()).toBeVisible();
  for (const status of await bank(page).locator('tbody td.status').allTextContents())
    expect(status.trim()).toBe('In review');
  await expectAccessible(page);

  const reportedTab = bank(page).getByRole('button', { name: /^Reported/ });
  await reportedTab.click();
  await expect(reportedTab).toHaveAttribute('aria-pressed', 'true');
  await expect(review).toHaveAttribute('aria-pressed', 'false');
  await expect(page).toHaveURL(/[?&]reported=true/);
  const row = rows(page).filter({ has: page.getByRole('link', { name: 'brakes-0034', exact: true }) });
  await expect(row.locator('td.reports')).toContainText(/\d+ open/);
  await expectAccessible(page);
  await screenshot(page, info, 'items-reported-en');

  await bank(page).getByRole('button', { name: 'All items' }).click();
  await expect(summary(page)).toHaveText(`Items 1–20 of ${BANK_SIZE}`);
});

test('the question bank in Simplified Chinese shows the syllabus in Chinese', async ({ page }, info) => {
  await signIn(page, DEMO.teacher);
  await page.getByLabel('Language').selectOption('zh-Hans');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await openBank(page);
  await showFilters(page);
  await expect(bank(page).getByRole('option', { name: '空气制动系统与制动试验' })).toBeAttached();
  await expect(rows(page).first().locator('td.topic')).toHaveText(/[\u4e00-\u9fff]/);
  await expectAccessible(page);
  await screenshot(page, info, 'items-zh');
});
