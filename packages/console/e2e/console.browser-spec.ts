/**
 * The console in a real browser (Debian's Chromium through playwright-core) against the example
 * Express host on SQLite: one browser session for the whole flow. Fails on any console error or
 * page error, on a serious or critical axe-core violation, and when /usr/bin/chromium is missing.
 * With ROSTER_CONSOLE_SCREENSHOTS=<dir> it also saves the main pages there (scripts/screenshots.sh).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { SilentLogger } from '@roster/core';
import { fastFakeHasher } from '@roster/testing';
import { startHost, type RunningHost } from '../../../examples/express-host/src/host';
import { startNestHost } from '../../../examples/nestjs-host/src/nest-host';
import { DEMO_BOOTSTRAP_PATH, readBootstrapFile } from '../../../examples/host-common/src';

const CHROMIUM = '/usr/bin/chromium';
const ADMIN_KEY = 'rk_demo_admin_5f8e2c1a9b7d4e6f';
const SCREENSHOTS = process.env['ROSTER_CONSOLE_SCREENSHOTS'];

jest.setTimeout(120_000);

let host: RunningHost;
let browser: Browser;
let page: Page;
let directory: string;
let consoleKey: string;
let salesKey: string;
const problems: string[] = [];

async function api(
  method: string,
  path: string,
  secret = ADMIN_KEY,
  body?: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${host.baseUrl}/roster/v1/${path}`, {
    method,
    headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, json: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>) };
}

async function userByEmail(email: string): Promise<Record<string, unknown> | undefined> {
  const all = await api('GET', 'users?limit=100');
  return (all.json['data'] as Record<string, unknown>[]).find((user) => user['email'] === email);
}

async function axeViolations(): Promise<string[]> {
  // Strings, not functions: this file is type-checked without the DOM library.
  const results = await page.evaluate<{ id: string; impact: string | null; count: number }[]>(
    'axe.run(document).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, count: v.nodes.length })))',
  );
  return results
    .filter(({ impact }) => impact === 'serious' || impact === 'critical')
    .map(({ id, impact, count }) => `${impact} ${id} (${count})`);
}

async function checkAccessibility(): Promise<void> {
  // Evaluated over the DevTools protocol, which the page's CSP does not govern (no inline script is added).
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  expect(await axeViolations()).toEqual([]);
}

async function shoot(name: string): Promise<void> {
  if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, `console-${name}.png`), fullPage: true });
}

beforeAll(async () => {
  // The built app is what the host serves: build it from the current sources (esbuild, under a second).
  execFileSync(process.execPath, [join(__dirname, '..', 'scripts', 'build-app.mjs')], { stdio: 'inherit' });
  directory = mkdtempSync(join(tmpdir(), 'roster-console-'));
  host = await startHost({
    port: 0,
    bootstrap: await readBootstrapFile(DEMO_BOOTSTRAP_PATH),
    databaseUrl: `sqlite:${join(directory, 'roster.sqlite')}`,
    logger: new SilentLogger(),
    passwordHasher: fastFakeHasher(),
  });
  // A key of its own, and one bound to Sales that ranks lower (it may assign fewer roles).
  const created = await api('POST', 'keys', ADMIN_KEY, { name: 'console-admin', role: 'administrator' });
  expect(created.status).toBe(201);
  consoleKey = String(created.json['secret']);
  const sales = await api('POST', 'keys', ADMIN_KEY, { name: 'console-sales', role: 'organizationAdministrator', organization_id: 2 });
  expect(sales.status).toBe(201);
  salesKey = String(sales.json['secret']);
  for (let i = 1; i <= 6; i += 1) {
    expect(
      (await api('POST', 'users', ADMIN_KEY, { email: `learner${i}@demo.example.com`, first_name: 'Learner', last_name: String(i) }))
        .status,
    ).toBe(201);
  }
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  page.setDefaultTimeout(15_000);
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(host.baseUrl)) problems.push(`other origin: ${request.url()}`);
  });
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  if (directory) rmSync(directory, { recursive: true, force: true });
});

describe('the admin console', () => {
  it('serves the page with a strict CSP, redirecting to the trailing slash', async () => {
    const response = await fetch(`${host.baseUrl}/roster/admin`, { redirect: 'manual' });
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe('admin/');
    const pageResponse = await fetch(`${host.baseUrl}/roster/admin/`);
    expect(pageResponse.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(pageResponse.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await pageResponse.text();
    expect(html).toContain('content="../v1"');
    // The roles come from GET /roster/v1/roles, not from the page.
    expect(html).not.toMatch(/roster-roles|administrator/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/);
  });

  it('is served by the NestJS example host too, with the same page and headers', async () => {
    const nest = await startNestHost({
      port: 0,
      bootstrap: await readBootstrapFile(DEMO_BOOTSTRAP_PATH),
      logger: new SilentLogger(),
      passwordHasher: fastFakeHasher(),
    });
    try {
      const [fromNest, fromExpress] = await Promise.all([fetch(`${nest.baseUrl}/roster/admin/`), fetch(`${host.baseUrl}/roster/admin/`)]);
      expect(fromNest.status).toBe(200);
      expect(fromNest.headers.get('content-security-policy')).toBe(fromExpress.headers.get('content-security-policy'));
      expect(await fromNest.text()).toBe(await fromExpress.text());
      expect((await fetch(`${nest.baseUrl}/roster/admin/app.js`)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    } finally {
      await nest.close();
    }
  });

  it('signs in, filters, pages, creates, edits, deactivates, manages keys and signs out', async () => {
    await page.goto(`${host.baseUrl}/roster/admin`);
    expect(page.url()).toBe(`${host.baseUrl}/roster/admin/`);
    await shoot('sign-in');
    // Keyboard only: the key field has focus, Enter signs in.
    await page.keyboard.type(consoleKey);
    await page.keyboard.press('Enter');
    await page.locator('#user-count', { hasText: '8 users match · page 1' }).waitFor();
    await page.locator('#status', { hasText: 'Signed in with the key console-admin (administrator)' }).waitFor();
    await checkAccessibility();
    await shoot('users');

    // Server-side filter, then paging with a small page.
    const filters = page.getByRole('search', { name: 'Filter users' });
    await filters.locator('select[name=role]').selectOption('organizationAdministrator');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('#user-count', { hasText: '1 users match' }).waitFor();
    expect(await page.locator('#users tbody tr').count()).toBe(1);
    await filters.locator('select[name=role]').selectOption('');
    await filters.locator('select[name=limit]').selectOption('5');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('#user-count', { hasText: '8 users match · page 1' }).waitFor();
    expect(await page.locator('#users tbody tr').count()).toBe(5);
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.locator('#user-count', { hasText: 'page 2' }).waitFor();
    expect(await page.locator('#users tbody tr').count()).toBe(3);
    expect(await page.getByRole('button', { name: 'Next page' }).isDisabled()).toBe(true);

    // Create a user; only assignable roles are offered (the administrator key ranks 80: no owner).
    const create = page.getByRole('form', { name: 'Create a user' });
    expect(await create.locator('select[name=role] option').allTextContents()).toEqual([
      'administrator',
      'organizationAdministrator',
      'publisher',
      'user',
    ]);
    await create.getByLabel('E-mail').fill('new.hire@demo.example.com');
    await create.getByLabel('First name').fill('New');
    await create.getByLabel('Last name').fill('Hire');
    await create.getByRole('button', { name: 'Create user' }).click();
    await page.locator('#status', { hasText: 'Created new.hire@demo.example.com' }).waitFor();
    expect((await userByEmail('new.hire@demo.example.com'))?.['role']).toBe('user');

    // The page shown (2, oldest first) now ends with it: edit its role, then deactivate it.
    await page.locator('#user-count', { hasText: '9 users match · page 2' }).waitFor();
    const row = page.locator('tr[data-user="new.hire@demo.example.com"]');
    await row.getByLabel('Role of new.hire@demo.example.com').selectOption('publisher');
    await row.getByRole('button', { name: 'Save role' }).click();
    await page.locator('#status', { hasText: 'is now publisher' }).waitFor();
    expect((await userByEmail('new.hire@demo.example.com'))?.['role']).toBe('publisher');
    await page.locator('tr[data-user="new.hire@demo.example.com"]').getByRole('button', { name: 'Deactivate' }).click();
    await page.locator('#status', { hasText: 'new.hire@demo.example.com deactivated' }).waitFor();
    expect((await userByEmail('new.hire@demo.example.com'))?.['status']).toBe('inactive');
    await page.locator('tr[data-user="new.hire@demo.example.com"]').getByRole('button', { name: 'Reactivate' }).waitFor();

    // 320 px wide: nothing wider than the screen.
    await page.setViewportSize({ width: 320, height: 700 });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
    await shoot('users-320px');
    await page.setViewportSize({ width: 1200, height: 800 });

    // API keys: create (secret once), then revoke with the confirmation.
    await page.getByRole('button', { name: 'API keys' }).click();
    await page.locator('#keys').waitFor();
    await page.getByLabel('Name').fill('console-test');
    await page.getByRole('button', { name: 'Create key' }).click();
    const secret = (await page.locator('#secret-value').textContent()) ?? '';
    expect(secret).toMatch(/^rk_[A-Za-z0-9_-]{40}$/);
    expect((await api('GET', 'users', secret)).status).toBe(403);
    await page.locator('tr[data-key="console-test"]').waitFor();
    await checkAccessibility();
    await shoot('keys');
    await page.getByRole('button', { name: 'Revoke console-test' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke' }).click();
    await page.locator('#status', { hasText: 'Key console-test revoked' }).waitFor();
    expect((await api('GET', 'users', secret)).status).toBe(401);

    // Sign out forgets the key; nothing was ever stored.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('API key').waitFor();
    expect(await page.evaluate<number>('localStorage.length + sessionStorage.length + document.cookie.length')).toBe(0);

    // The demo administrator key shares its display prefix (rk_demo_…) with the demo reporting key:
    // GET /me still names it exactly.
    await page.getByLabel('API key').fill(ADMIN_KEY);
    await page.keyboard.press('Enter');
    await page.locator('#status', { hasText: 'Signed in with the key demo-integration (administrator)' }).waitFor();
    await page.getByRole('button', { name: 'API keys' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('API key').waitFor();

    // A key bound to Sales is offered only the roles GET /roles calls assignable: nothing above it,
    // nothing tenant-wide that reads users; the filter still lists every role. It may not manage keys.
    await page.getByLabel('API key').fill(salesKey);
    await page.keyboard.press('Enter');
    await page.locator('#status', { hasText: 'Signed in with the key console-sales (organizationAdministrator)' }).waitFor();
    const bound = page.getByRole('form', { name: 'Create a user' });
    expect(await bound.locator('select[name=role] option').allTextContents()).toEqual(['organizationAdministrator', 'publisher', 'user']);
    expect(await filters.locator('select[name=role] option').allTextContents()).toEqual([
      'any',
      'owner',
      'administrator',
      'organizationAdministrator',
      'publisher',
      'user',
    ]);
    expect(await page.getByRole('button', { name: 'API keys' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('API key').waitFor();
    expect(await page.evaluate<number>('localStorage.length + sessionStorage.length + document.cookie.length')).toBe(0);
    expect(await page.context().cookies()).toEqual([]);
    expect(problems).toEqual([]);
  });
});
