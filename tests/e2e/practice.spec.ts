import { expect, type Page, test } from '@playwright/test';
import { DEMO, expectAccessible, screenshot, signIn } from './harness.js';
import {
  answerAny,
  answersCount,
  expectNoHorizontalOverflow,
  practice,
  setGoal,
  useLanguage,
  waitForQuestion,
} from './practice-helpers.js';

test.describe.configure({ mode: 'serial' });

/** Full-page screenshots draw the sticky action bar where the viewport ended: scroll it home first. */
async function shoot(page: Page, info: Parameters<typeof screenshot>[1], name: string) {
  await page.mouse.move(0, 0);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForTimeout(300);
  await screenshot(page, info, name);
}

/** Answers questions with the mouse until a choice question (single, multiple, true/false) is on screen. */
async function untilChoiceQuestion(page: Page) {
  const p = practice(page);
  for (let i = 0; i < 12; i++) {
    await waitForQuestion(page);
    if ((await p.choices.count()) > 0) return;
    await answerAny(page);
    await p.next.click();
  }
  throw new Error('No choice question was served in 12 tries.');
}

test('a student practises with the keyboard and sees feedback, explanation, mastery and pass chance', async ({
  page,
}, info) => {
  await signIn(page, DEMO.student);
  await setGoal(page);
  await page.goto('/practice');
  await expect(page.getByRole('heading', { level: 1, name: 'Practise' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Reviews due/ })).toBeVisible();
  await expect(page.getByLabel(/By topic/)).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await shoot(page, info, 'practice-modes-en');

  await page.getByRole('link', { name: /^Practise now/ }).click();
  await expect(page).toHaveURL(/\/practice\?mode=adaptive/);
  const p = practice(page);
  await untilChoiceQuestion(page);
  const multiple = (await p.question.locator('input[type="checkbox"]').count()) > 0;
  await expect(page.locator('.meta .chip').first()).toHaveText(
    /Chosen to raise your pass chance|Due for review|From your mistakes|Next in the chapter|You flagged this/,
  );
  await expect(p.submit).toBeDisabled();

  // Typing in a text field is never taken for a shortcut.
  await page.getByRole('button', { name: 'Report a problem' }).click();
  const dialog = page.getByRole('dialog', { name: 'Report a problem with this question' });
  await dialog.getByLabel('Tell the authors more').fill('1 a s');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(p.choices.first()).not.toBeChecked();
  await expect(page.getByRole('button', { name: 'Sure', exact: true })).toHaveAttribute('aria-pressed', 'false');

  // 1 and A choose the first option; for multiple choice a second press toggles it off again.
  await page.keyboard.press('1');
  await expect(p.choices.first()).toBeChecked();
  if (multiple) {
    await page.keyboard.press('b');
    await expect(p.choices.nth(1)).toBeChecked();
    await page.keyboard.press('2');
    await expect(p.choices.nth(1)).not.toBeChecked();
  } else {
    await page.keyboard.press('b');
    await expect(p.choices.nth(1)).toBeChecked();
    await page.keyboard.press('a');
    await expect(p.choices.first()).toBeChecked();
  }
  await page.keyboard.press('s');
  await expect(page.getByRole('button', { name: 'Sure', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(p.submit).toBeEnabled();
  await expectAccessible(page);
  await expectNoHorizontalOverflow(page);
  await shoot(page, info, 'practice-question-en');

  // Enter submits: immediate feedback with the explanation, references, the topic's mastery and the pass chance.
  await page.keyboard.press('Enter');
  await expect(p.verdict).toHaveText(/^(Correct!|Not quite|Partly right.*)$/);
  await expect(p.feedback.getByRole('heading', { name: 'Explanation' })).toBeVisible();
  await expect(p.feedback.getByRole('heading', { name: 'References' })).toBeVisible();
  await expect(p.feedback.getByText(/^Mastery of /)).toBeVisible();
  await expect(p.feedback.getByText(/^Chance of passing Locomotive driver/)).toBeVisible();
  await expect(p.feedback.getByText(/likely [<>]?\d+%–[<>]?\d+%/).first()).toBeVisible();
  await expect(p.question.getByText(/Your answer, (correct|wrong)|Correct answer/).first()).toBeVisible();
  await expect(p.choices.first()).toBeDisabled();
  await expect(page.getByText(/1 answered · [01] right/)).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalOverflow(page);
  await shoot(page, info, 'practice-feedback-en');

  // Flag it, then report a problem with it.
  const flag = page.getByRole('button', { name: 'Flag', exact: true });
  await flag.click();
  await expect(page.getByRole('button', { name: 'Flagged', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Flagged. Find it again under “Flagged questions”.')).toBeVisible();
  await page.getByRole('button', { name: 'Report a problem' }).click();
  await dialog.getByRole('radio', { name: 'Typo' }).check();
  await dialog.getByLabel('Tell the authors more').fill('“brake pipe” is misspelt in option B.');
  await dialog.getByRole('button', { name: 'Send report' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Thank you. Your report was sent to the authors of this question.')).toBeVisible();
  const stem = await p.question.locator('rh-markdown.stem').evaluate((el) => el.shadowRoot?.textContent?.trim() ?? '');

  // → goes on to the next question.
  await page.keyboard.press('ArrowRight');
  await waitForQuestion(page);
  await expect(p.feedback).toHaveCount(0);

  // The flagged question is waiting in "Flagged questions"; unflagging it there empties the list.
  await page.goto('/practice?mode=flagged');
  await waitForQuestion(page);
  await expect(page.locator('.meta .chip').first()).toHaveText('You flagged this');
  await expect(p.question.locator('rh-markdown.stem')).toHaveText(stem);
  await page.getByRole('button', { name: 'Flagged', exact: true }).click();
  await expect(page.getByText('Flag removed.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'No flagged questions' })).toBeVisible();

  // The same screens in Chinese.
  await useLanguage(page, 'zh-Hans');
  await expect(page.getByRole('heading', { name: '没有已标记的题目' })).toBeVisible();
  await page.goto('/practice?mode=adaptive');
  await untilChoiceQuestion(page);
  await page.keyboard.press('1');
  await expect(page.getByText(/键盘：按 1–\d 或 A–[A-F] 选择/)).toBeVisible({
    visible: info.project.name === 'desktop',
  });
  await expectAccessible(page);
  await shoot(page, info, 'practice-question-zh');
  await page.keyboard.press('Enter');
  await expect(p.verdict).toHaveText(/^(回答正确！|回答错误|部分正确.*)$/);
  await expect(p.feedback.getByRole('heading', { name: '解析' })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await shoot(page, info, 'practice-feedback-zh');
  await useLanguage(page, 'en');
});

test('empty modes say why and offer the next useful action', async ({ page }, info) => {
  await signIn(page, DEMO.student);
  await page.goto('/practice?mode=flagged');
  await expect(page.getByRole('heading', { name: 'No flagged questions' })).toBeVisible();
  await expect(page.getByText('Flag a question while practising to come back to it here.')).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalOverflow(page);
  await shoot(page, info, 'practice-empty-en');
  await useLanguage(page, 'zh-Hans');
  await expect(page.getByRole('heading', { name: '没有已标记的题目' })).toBeVisible();
  await shoot(page, info, 'practice-empty-zh');
  await useLanguage(page, 'en');
  await page.getByRole('link', { name: 'Practise now' }).click();
  await expect(page).toHaveURL(/mode=adaptive/);
  await waitForQuestion(page);
});

test('a sprint counts ten questions against the clock and ends with a summary', async ({ page }) => {
  await signIn(page, DEMO.student);
  await page.goto('/practice?mode=sprint');
  const p = practice(page);
  await expect(page.getByRole('timer')).toBeVisible();
  for (let i = 1; i <= 10; i++) {
    await waitForQuestion(page);
    await expect(page.getByText(`Question ${i} of 10`)).toBeVisible();
    await answerAny(page);
    if (i < 10) await page.keyboard.press('ArrowRight');
  }
  await p.next.click();
  await expect(page.getByRole('heading', { name: 'Sprint finished' })).toBeVisible();
  await expect(page.getByText(/^\d+ \/ 10$/)).toBeVisible();
  await expect(page.getByText(/exam pace \(\d+ s a question\)/)).toBeVisible();
});

test('answers given offline are kept on the device and sent exactly once when the connection returns', async ({
  page,
  context,
}, info) => {
  await signIn(page, DEMO.student);
  const before = await answersCount(page);
  const graded: string[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith('/api/practice/answers') && r.status() === 200) graded.push(r.request().postData() ?? '');
  });

  await page.goto('/practice?mode=adaptive');
  const p = practice(page);
  await waitForQuestion(page);
  await context.setOffline(true);
  await answerAny(page);
  await expect(p.verdict).toHaveText('Answer saved on this device');
  const status = page.locator('rh-answer-queue-status');
  await expect(status.getByText('1 answer waiting to be sent')).toBeVisible();
  await expect(status.getByText(/You are offline\. Your answers are saved on this device/)).toBeVisible();
  const queued = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('rh-answers:'))
      .map((k) => JSON.parse(localStorage.getItem(k) ?? '[]').length)
      .reduce((a: number, b: number) => a + b, 0),
  );
  expect(queued).toBe(1);
  await expectNoHorizontalOverflow(page);
  await shoot(page, info, 'practice-offline-en');

  // Going on while offline: a clear error, and a retry that happens by itself when the connection is back.
  await p.next.click();
  await expect(page.getByRole('alert').filter({ hasText: 'You seem to be offline' })).toBeVisible();
  await context.setOffline(false);
  await expect(status.getByText('Your saved answer was sent and graded.')).toBeVisible();
  await waitForQuestion(page);
  expect(graded).toHaveLength(1);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('rh-answers:')).length)).toBe(
    0,
  );
  expect(await answersCount(page)).toBe(before + 1);

  // A connection that drops during a send: the answer waits, survives a reload, and goes out once.
  await page.goto('/practice?mode=adaptive');
  await waitForQuestion(page);
  await page.route('**/api/practice/answers', (route) => route.abort('internetdisconnected'));
  await answerAny(page);
  await expect(p.verdict).toHaveText('Answer saved on this device');
  await page.reload();
  await expect(status.getByText('1 answer waiting to be sent')).toBeVisible();
  await page.unroute('**/api/practice/answers');
  await status.getByRole('button', { name: 'Send now' }).click();
  await expect(status.getByText('Your saved answer was sent and graded.')).toBeVisible();
  expect(graded).toHaveLength(2);
  expect(new Set(graded.map((g) => JSON.parse(g).clientAnswerId)).size).toBe(2);
  expect(await answersCount(page)).toBe(before + 2);
});
