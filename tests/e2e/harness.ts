import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

export const DEMO_PASSWORD = 'roundhouse-demo';
export const DEMO = {
  student: 'student@roundhouse.test',
  teacher: 'teacher@roundhouse.test',
  craftsman: 'craftsman@roundhouse.test',
  admin: 'admin@roundhouse.test',
} as const;

/** Signs in through the login form and waits for the home page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel(/^\s*(Email|邮箱)\s*$/).fill(email);
  await page.getByLabel(/^\s*(Password|密码)\s*$/).fill(password);
  await page.getByRole('button', { name: /^(Sign in|登录)$/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/Welcome|欢迎/);
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: /^(Sign out|退出登录)$/ }).click();
  await expect(page.getByRole('heading', { name: /^(Sign in|登录)$/ })).toBeVisible();
}

/** No serious or critical axe-core violations on the page as it is now. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad, bad.join('\n')).toEqual([]);
}

/** Saves a full-page screenshot under test-results/screenshots/<project>/<name>.png. */
export async function screenshot(page: Page, info: TestInfo, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${info.project.name}/${name}.png`, fullPage: true });
}
