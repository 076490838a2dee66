import { expect, type Page } from '@playwright/test';

/** The parts of the practice screen a test talks to. */
export function practice(page: Page) {
  const question = page.locator('rh-question');
  return {
    question,
    choices: question.locator('input[name="answer"][type="radio"], input[name="answer"][type="checkbox"]'),
    submit: page.getByRole('button', { name: /^(Submit answer|提交答案)$/ }),
    next: page.getByRole('button', { name: /^(Next question|下一题|See your sprint result|查看冲刺结果)/ }),
    feedback: page.locator('rh-feedback'),
    verdict: page.locator('rh-feedback').locator('#verdict'),
  };
}

/** Waits until a question is on screen, ready to answer. */
export async function waitForQuestion(page: Page) {
  await expect(practice(page).submit).toBeVisible({ timeout: 15_000 });
  await expect(practice(page).question.locator('rh-markdown').first()).toBeVisible();
}

/** Answers whatever kind of question is on screen (with the mouse or by typing), without submitting. */
export async function fillAnyAnswer(page: Page) {
  const q = practice(page).question;
  if ((await practice(page).choices.count()) > 0) {
    await q.locator('label.choice').first().click();
    return;
  }
  const typed = q.locator('input[type="text"]');
  if ((await typed.count()) > 0) {
    await typed.fill('42');
    return;
  }
  const selects = q.locator('select');
  const n = await selects.count();
  if (n > 0) {
    for (let i = 0; i < n; i++) await selects.nth(i).selectOption({ index: 1 });
    return;
  }
  const image = q.locator('.hotspot img');
  if ((await image.count()) > 0) {
    await expect(image).toBeVisible();
    await image.click();
    return;
  }
  // Ordering: the order shown is already an answer.
}

/** Answers and submits the question on screen, and waits for the feedback. */
export async function answerAny(page: Page) {
  const p = practice(page);
  await fillAnyAnswer(page);
  await expect(p.submit).toBeEnabled();
  await p.submit.click();
  await expect(p.verdict).toBeVisible({ timeout: 15_000 });
}

/** Reads the "Answers" count on the progress page. */
export async function answersCount(page: Page): Promise<number> {
  await page.goto('/progress');
  const cell = page.getByTestId('answers-count');
  await expect(cell).toBeVisible({ timeout: 15_000 });
  return Number(await cell.textContent());
}

/** Sets the student's exam goal through the API (the progress spec sets it through the form). */
export async function setGoal(page: Page, certificationId = 'driver-theory', examDate: string | null = null) {
  const status = await page.evaluate(
    async ([certificationId, examDate]) => {
      const csrf = document.cookie.match(/(?:^|; )rh_csrf=([^;]*)/)?.[1] ?? '';
      const res = await fetch('/api/practice/goal', {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'X-CSRF-Token': csrf },
        body: JSON.stringify({ certificationId, examDate }),
      });
      return res.status;
    },
    [certificationId, examDate] as const,
  );
  expect(status).toBe(200);
}

/** The page is no wider than the screen: nothing scrolls sideways. */
export async function expectNoHorizontalOverflow(page: Page) {
  const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scroll).toBeLessThanOrEqual(width);
}

/** Switches the interface language with the header's switch. */
export async function useLanguage(page: Page, lang: 'en' | 'zh-Hans') {
  await page.locator('rh-language-switch select').selectOption(lang);
}
