import { expect, test } from '@playwright/test';
import { DEMO, expectAccessible, screenshot, signIn, signOut } from './harness.js';

test.describe.configure({ mode: 'serial' });

test('the login page is accessible and refuses a wrong password with a readable message', async ({ page }, info) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, info, 'login-en');
  await page.getByLabel('Email').fill(DEMO.student);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('The email or password is not correct.');
});

for (const [role, email] of Object.entries(DEMO)) {
  test(`the ${role} signs in, sees a home page for their role, and signs out`, async ({ page }, info) => {
    await signIn(page, email);
    const badge = { student: 'Student', teacher: 'Teacher', craftsman: 'Craftsman', admin: 'Administrator' }[role];
    await expect(page.locator('rh-home-page .roles')).toContainText(badge ?? '');
    if (role === 'student') await expect(page.getByRole('heading', { name: 'Join a cohort' })).toBeVisible();
    if (role === 'teacher') await expect(page.getByRole('heading', { name: 'Create a cohort' })).toBeVisible();
    if (role === 'craftsman') await expect(page.getByRole('heading', { name: 'Cohorts I mentor' })).toBeVisible();
    if (role === 'admin') await expect(page.getByRole('heading', { name: 'Administration' })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, info, `home-${role}-en`);
    await signOut(page);
  });
}

test('a teacher creates a cohort and a student joins it with the code', async ({ page }, info) => {
  await signIn(page, DEMO.teacher);
  const name = `E2E cohort ${info.project.name} ${Date.now()}`;
  await page.getByLabel('Cohort name').fill(name);
  await page.getByRole('button', { name: 'Create cohort' }).click();
  const created = page.getByRole('status').filter({ hasText: 'Created.' });
  await expect(created).toBeVisible();
  const code = (await created.locator('.code').textContent())?.trim() ?? '';
  expect(code).toMatch(/^[A-Z2-9]{8}$/);
  await signOut(page);

  await signIn(page, DEMO.student);
  await page.getByLabel('Join code').fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `You joined ${name}.` })).toBeVisible();
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, info, 'cohort-student-en');
  await signOut(page);

  await signIn(page, DEMO.teacher);
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('cell', { name: 'Li Wei (demo student)', exact: true })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, info, 'cohort-teacher-en');
});

test('the language switch turns the interface into Simplified Chinese and is remembered', async ({ page }, info) => {
  await page.goto('/login');
  await page.getByLabel('Language').selectOption('zh-Hans');
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expectAccessible(page);
  await screenshot(page, info, 'login-zh');
  await page.reload();
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
  await signIn(page, DEMO.student);
  await expect(page.getByRole('heading', { name: '加入班级' })).toBeVisible();
  await screenshot(page, info, 'home-student-zh');
  await signOut(page);
  await signIn(page, DEMO.admin);
  await screenshot(page, info, 'home-admin-zh');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '用户' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '用户' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, info, 'users-zh');
  await page.getByLabel('语言').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
});

test('an admin creates a user, finds them, and deactivates them; every admin page is accessible', async ({
  page,
}, info) => {
  await signIn(page, DEMO.admin);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await expectAccessible(page);
  const email = `e2e-${info.project.name}-${Date.now()}@example.test`;
  await page.getByText('Create an account').click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Name', { exact: true }).fill('E2E Student');
  await page.getByLabel('Initial password').fill('e2e password 1');
  await page.getByRole('checkbox', { name: 'Student' }).check();
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Account ${email} created.` })).toBeVisible();
  await page.getByLabel('Search').fill(email);
  await expect(page.getByRole('row')).toHaveCount(2); // header + the one match, found while typing
  await expect(page.getByRole('cell', { name: email, exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Deactivate E2E Student' }).click();
  await expect(page.getByRole('cell', { name: 'Deactivated', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Undo: reactivate E2E Student' }).click();
  await expect(page.getByRole('cell', { name: 'Active', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Deactivate E2E Student' }).click();
  await expect(page.getByRole('cell', { name: 'Deactivated', exact: true })).toBeVisible();
  await screenshot(page, info, 'users-en');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organisations' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Schools and enterprises' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, info, 'organisations-en');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account' }).click();
  await expect(page.getByRole('heading', { name: 'Change password' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, info, 'account-en');
});

test('the keyboard alone reaches and uses the sign-in form', async ({ page }) => {
  await page.goto('/login');
  await page.keyboard.press('Tab'); // skip link
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.getByLabel('Email').focus();
  await page.keyboard.type(DEMO.craftsman);
  await page.keyboard.press('Tab');
  await page.keyboard.type('roundhouse-demo');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Welcome');
});
