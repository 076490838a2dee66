import { expect, type Locator, type Page, test } from '@playwright/test';
import { DEMO, expectAccessible, screenshot, signIn, signOut } from './harness.js';

test.describe.configure({ mode: 'serial' });

const XSS = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2">';

/** The parts of the item editor a test talks to. */
function editor(page: Page) {
  const form = page.locator('rh-item-form');
  const preview = page.locator('rh-item-preview');
  return {
    form,
    preview,
    problems: preview.getByRole('status'),
    save: page.getByRole('button', { name: 'Save', exact: true }).first(),
    heading: page.getByRole('heading', { level: 1 }),
    field: (label: string) => form.getByLabel(label, { exact: true }),
  };
}

/** Fills the fields every item needs: topic, subject, stem, explanation, reference. */
async function fillCommon(e: ReturnType<typeof editor>, stem: string) {
  await e.field('Topic').selectOption('brakes.principles');
  await e.form.getByRole('checkbox', { name: 'Professional knowledge (driver)' }).check();
  await e.field('Stem').fill(stem);
  await e
    .field('Explanation')
    .fill(
      'A *drop* in brake-pipe pressure applies the brake, which is why a parted train stops. (b) is what raising the pressure does.',
    );
  await e.field('References (one per line)').fill('UIC 540: Brakes — Air brakes for freight and passenger trains');
}

async function fillOptions(form: Locator) {
  const texts = ['The brakes apply', 'The brakes release', 'The main reservoir charges', 'Nothing happens'];
  for (const [i, text] of texts.entries())
    await form.getByLabel(`Option ${String.fromCharCode(65 + i)}`, { exact: true }).fill(text);
}

test('a teacher writes a single-choice item with a live preview, saves, edits and publishes it', async ({
  page,
}, info) => {
  await signIn(page, DEMO.teacher);
  await page.goto('/items/new');
  const e = editor(page);
  await expect(e.heading).toHaveText('New item');
  await fillCommon(e, 'In an automatic air brake, what does a **reduction** of brake-pipe pressure cause?');
  await fillOptions(e.form);

  // The preview shows the item as a student sees it, with the one remaining problem.
  await expect(e.preview.locator('strong', { hasText: 'reduction' })).toBeVisible();
  await expect(e.preview.getByRole('radio', { name: 'The main reservoir charges' })).toBeVisible();
  await expect(e.problems).toContainText('No option is marked correct');
  await e.form.getByRole('radio', { name: 'Option A is correct' }).check();
  await expect(e.problems).not.toContainText('No option is marked correct');
  await expect(e.problems).toContainText('No problems found');
  await expect(e.preview.getByText('After answering, students see')).toBeVisible();
  await expectAccessible(page);

  await e.save.click();
  await expect(page).toHaveURL(/\/items\/brakes-\d{4}$/);
  const id = new URL(page.url()).pathname.split('/').pop() ?? '';
  await expect(e.heading).toHaveText(id);
  await expect(page.getByText('Version 1', { exact: true })).toBeVisible();
  await expect(page.getByText('Draft', { exact: true }).first()).toBeVisible();
  await expectAccessible(page);
  await page.mouse.move(0, 0);
  await screenshot(page, info, 'item-editor-en');

  // An edit to the content makes version 2.
  await e.field('Stem').fill('In an automatic air brake, what does a **reduction** of brake-pipe pressure do?');
  await expect(page.getByText('Unsaved changes').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Submit for review' })).toBeDisabled();
  await e.save.click();
  await expect(page.getByText('Saved as version 2.')).toBeVisible();
  await expect(page.getByText('Version 2', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.locator('rh-item-page .head .badge')).toHaveText('In review');
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.locator('rh-item-page .head .badge')).toHaveText('Published');
  await expect(page.getByText('Published: students can now be given this item.')).toBeVisible();

  // The same item with its Chinese translation, side by side, in the Chinese interface.
  await page.getByRole('button', { name: /Simplified Chinese translation/ }).click();
  await e.form.getByLabel('Stem (简体中文)', { exact: true }).fill('自动空气制动机中，列车管**减压**会导致什么？');
  await e.form
    .getByLabel('Explanation (简体中文)', { exact: true })
    .fill('列车管减压使制动机制动，所以列车分离时会自动停车。');
  const zh = ['制动机制动', '制动机缓解', '总风缸充风', '无任何作用'];
  for (const [i, text] of zh.entries())
    await e.form.getByLabel(`Option ${String.fromCharCode(65 + i)} (简体中文)`, { exact: true }).fill(text);
  await e.preview.getByRole('button', { name: '简体中文' }).click();
  await expect(e.preview.getByRole('radio', { name: '总风缸充风' })).toBeVisible();
  await expect(e.problems).toContainText(/No problems found|没有发现问题/);
  await page.locator('rh-language-switch select').selectOption('zh-Hans');
  await expectAccessible(page);
  await page.mouse.move(0, 0);
  await screenshot(page, info, 'item-editor-zh');
  await page.locator('rh-language-switch select').selectOption('en');
});

test('a craftsman drafts an item and can submit it, but not publish it', async ({ page }) => {
  await signIn(page, DEMO.craftsman);
  await page.goto('/items/new');
  const e = editor(page);
  await e.field('Type').selectOption('true_false');
  await fillCommon(e, 'A reduction of brake-pipe pressure applies the brakes.');
  await e.form.getByRole('radio', { name: 'True' }).check();
  await expect(e.problems).toContainText('No problems found');
  await expect(e.preview.getByRole('radio', { name: 'True' })).toBeVisible();
  await e.save.click();
  await expect(page).toHaveURL(/\/items\/brakes-\d{4}$/);
  await expect(page.getByRole('button', { name: 'Submit for review' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Publish' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.locator('rh-item-page .head .badge')).toHaveText('In review');
  await expect(page.getByRole('button', { name: 'Publish' })).toHaveCount(0);
  await expectAccessible(page);

  // A teacher sends it back with a comment; it is the craftsman's draft again.
  const url = page.url();
  await signOut(page);
  await signIn(page, DEMO.teacher);
  await page.goto(url);
  await page.getByRole('button', { name: 'Request changes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Request changes' });
  await dialog.getByLabel('What should the author change?').fill('Cite the clause of the regulation.');
  await dialog.getByRole('button', { name: 'Send back to the author' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('rh-item-page .head .badge')).toHaveText('Draft');
  await expect(page.getByText('Sent back to the author with your comment.')).toBeVisible();
});

test('HTML in a stem is shown as inert text in the preview and on the page', async ({ page }) => {
  await signIn(page, DEMO.teacher);
  await page.goto('/items/new');
  const e = editor(page);
  await fillCommon(e, `Which valve applies the brake? ${XSS}`);
  await fillOptions(e.form);
  await e.form.getByRole('radio', { name: 'Option A is correct' }).check();
  await expect(e.problems).toContainText('No problems found');
  await expect(
    e.preview.locator('.student').getByText('<script>window.__xss=1</script>', { exact: false }),
  ).toBeVisible();
  await expect(e.preview.locator('script')).toHaveCount(0);
  await expect(e.preview.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

  await e.save.click();
  await expect(page).toHaveURL(/\/items\/brakes-\d{4}$/);
  await page.reload();
  await page.getByRole('button', { name: /Simplified Chinese translation/ }).click();
  await expect(page.locator('rh-item-form .tr-src').getByText('<img src=x', { exact: false }).first()).toBeVisible();
  await expect(
    e.preview.locator('.student').getByText('<script>window.__xss=1</script>', { exact: false }),
  ).toBeVisible();
  await expect(page.locator('rh-item-page script')).toHaveCount(0);
  await expect(page.locator('rh-item-page img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});

test('saving over someone else’s newer version shows a conflict and reloads theirs', async ({ page, context }) => {
  await signIn(page, DEMO.teacher);
  await page.goto('/items/new');
  const e = editor(page);
  await e.field('Type').selectOption('true_false');
  await fillCommon(e, 'The brake-pipe pressure of a freight train is normally 500 kPa.');
  await expect(e.problems).toContainText('No problems found');
  await e.save.click();
  await expect(page).toHaveURL(/\/items\/brakes-\d{4}$/);

  const other = await context.newPage();
  await other.goto(page.url());
  const o = editor(other);
  await o.field('Stem').fill('The brake-pipe pressure of a freight train is normally 600 kPa.');
  await o.save.click();
  await expect(other.getByText('Version 2', { exact: true })).toBeVisible();

  await e.field('Stem').fill('The brake-pipe pressure of a freight train is 500 kPa.');
  await e.save.click();
  const alert = page.getByRole('alert').filter({ hasText: 'Someone else saved a newer version' });
  await expect(alert).toBeVisible();
  page.once('dialog', (d) => void d.accept());
  await alert.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByText('Version 2', { exact: true })).toBeVisible();
  await expect(e.field('Stem')).toHaveValue('The brake-pipe pressure of a freight train is normally 600 kPa.');
});
