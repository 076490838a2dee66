import { expect, type Page, test } from '@playwright/test';
import { DEMO, expectAccessible, screenshot, signIn } from './harness.js';
import { answerAny, expectNoHorizontalOverflow, practice, useLanguage, waitForQuestion } from './practice-helpers.js';

test.describe.configure({ mode: 'serial' });

/** A date `days` from today as YYYY-MM-DD (local time, as the date input uses). */
function inDays(days: number) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function answerSome(page: Page, n: number) {
  await page.goto('/practice?mode=adaptive');
  for (let i = 0; i < n; i++) {
    await waitForQuestion(page);
    await answerAny(page);
    await practice(page).next.click();
  }
  await waitForQuestion(page);
}

test('the progress page shows the pass chance with its interval and trend, mastery, and what to do next', async ({
  page,
}, info) => {
  await signIn(page, DEMO.student);
  await answerSome(page, 3);

  await page.goto('/progress?goal');
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
  // The exam goal: certification and date.
  const goal = page.locator('#goal');
  await expect(goal.getByLabel('Certification')).toBeFocused();
  await goal.getByLabel('Certification').selectOption({ label: 'Locomotive driver — theory exam' });
  await goal.getByLabel('Exam date').fill(inDays(30));
  await goal.getByRole('button', { name: 'Save goal' }).click();
  await expect(goal.getByText('Your exam goal is saved. Practice now plans for it.')).toBeVisible();
  await expect(page.getByText('Exam in 30 days', { exact: false })).toBeVisible();

  // The headline: probability, its interval, and each subject against its own pass mark.
  const headline = page.locator('.headline');
  await expect(
    headline.getByRole('heading', { name: 'Chance of passing Locomotive driver — theory exam' }),
  ).toBeVisible();
  await expect(headline.locator('.big strong')).toHaveText(/^[<>]?\d+%$/);
  await expect(headline.getByText(/^Likely between [<>]?\d+% and [<>]?\d+%\./)).toBeVisible();
  const subjects = page.locator('section.subjects');
  await expect(subjects.getByRole('heading', { name: 'By exam subject' })).toBeVisible();
  await expect(subjects.getByText('Traffic-safety regulations')).toBeVisible();
  await expect(subjects.getByText(/the pass mark is 90/)).toBeVisible();
  await expect(subjects.getByText(/the pass mark is 80/)).toBeVisible();

  // The trend over days, as a chart and as a table.
  const chart = page.locator('rh-trend-chart');
  await expect(chart.getByRole('img')).toBeVisible();
  await expect(chart.locator('path.band')).toHaveCount(1);
  await expect(chart.locator('figcaption')).toContainText(
    /your chance of passing was [<>]?\d+%|from [<>]?\d+%|at [<>]?\d+%/i,
  );
  await chart.getByText('Show the numbers as a table').click();
  await expect(chart.getByRole('row')).not.toHaveCount(1);

  // Mastery by topic: the practised areas are open, with an interval bar per practised topic.
  await expect(page.locator('details.area[open]').first()).toBeVisible();
  await expect(page.locator('details.area[open] rh-interval-bar').first()).toBeVisible();
  expect(Number(await page.getByTestId('answers-count').textContent())).toBeGreaterThanOrEqual(3);
  await expect(page.getByRole('heading', { name: 'Confident errors on safety items' })).toBeVisible();

  await expectAccessible(page);
  await expectNoHorizontalOverflow(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.mouse.move(0, 0);
  await screenshot(page, info, 'progress-en');

  await useLanguage(page, 'zh-Hans');
  await expect(page.getByRole('heading', { level: 1, name: '我的学习进度' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '通过“机车司机资格理论考试”的概率' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '下一步做什么' })).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalOverflow(page);
  await screenshot(page, info, 'progress-zh');
  await useLanguage(page, 'en');

  // The one clear action leads straight into practice.
  const next = page.locator('aside.next a.button');
  await expect(next).toBeVisible();
  await next.click();
  await expect(page).toHaveURL(/\/practice\?mode=/);
  await expect(practice(page).submit.or(page.getByRole('heading', { level: 2 }).first())).toBeVisible();
});

test('the student home shows the pass chance and the one thing to do next', async ({ page }, info) => {
  await signIn(page, DEMO.student);
  const summary = page.locator('rh-student-summary');
  await expect(summary.getByRole('heading', { name: /^Chance of passing/ })).toBeVisible();
  await expect(summary.locator('.big strong')).toHaveText(/^[<>]?\d+%$/);
  await expect(summary.getByRole('heading', { name: 'Do this next' })).toBeVisible();
  await expect(summary.getByText('Exam in 30 days', { exact: false })).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalOverflow(page);
  await page.mouse.move(0, 0);
  await screenshot(page, info, 'home-student-summary-en');
  await summary.locator('a.button').click();
  await expect(page).toHaveURL(/\/practice\?mode=/);
});
