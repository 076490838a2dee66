import { expect, test } from '@playwright/test';
import { DEMO, expectAccessible, signIn } from './harness.js';

test('debug kinds', async ({ page }, info) => {
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  await signIn(page, DEMO.teacher);
  await page.goto('/items/new?topic=brakes.principles');
  const form = page.locator('rh-item-form');
  const p = info.project.name;
  for (const kind of ['multiple', 'fill_blank', 'numeric', 'ordering', 'matching']) {
    await form.getByLabel('Type', { exact: true }).selectOption(kind);
    await form.getByLabel('Stem', { exact: true }).fill(`A ${kind} stem with ______ and **bold**`);
    if (kind === 'ordering')
      for (const i of [1, 2, 3]) await form.getByLabel(`Step ${i}`, { exact: true }).fill(`Step text ${i}`);
    if (kind === 'matching') {
      await form.getByLabel('Pair 1, prompt', { exact: true }).fill('Steady red');
      await form.getByLabel('Pair 1, answer', { exact: true }).fill('Stop');
      await form.getByRole('button', { name: 'Add a distractor' }).click();
      await form.getByLabel('Distractor 1', { exact: true }).fill('Reduce speed');
    }
    if (kind === 'numeric') {
      await form.getByLabel('Correct number').fill('500');
      await form.getByLabel('Unit (optional)').fill('kPa');
    }
    if (kind === 'fill_blank') await form.getByLabel('Accepted answer 1', { exact: true }).fill('brake');
    await page.waitForTimeout(900);
    await page.screenshot({ path: `/tmp/dbg/${p}-${kind}.png`, fullPage: true });
  }
  await form.getByLabel('Type', { exact: true }).selectOption('hotspot');
  const png = await page.screenshot({ clip: { x: 0, y: 0, width: 600, height: 400 } });
  await form.locator('#hotspot-file').setInputFiles({ name: 'diagram.png', mimeType: 'image/png', buffer: png });
  const img = form.locator('.canvas img');
  await expect(img).toBeVisible();
  const box = await img.boundingBox();
  if (box) {
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.3);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.5, { steps: 5 });
    await page.mouse.up();
  }
  await form.getByRole('button', { name: 'Add a region' }).click();
  await form.getByLabel('Image description (for students who cannot see it)').fill('A screenshot');
  await page.waitForTimeout(900);
  await page.screenshot({ path: `/tmp/dbg/${p}-hotspot.png`, fullPage: true });
  await expectAccessible(page);
});
