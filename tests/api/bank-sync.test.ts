import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBank } from '../../server/bank/load-bank.js';
import type { Certification } from '../../server/contract/index.js';
import { syncBank } from '../../server/services/bank-sync.js';
import { json, type TestApp, testApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const versionsOf = async (id: string) =>
  (
    await t.database.db.query.itemVersions.findMany({
      where: (v, { eq }) => eq(v.itemId, id),
      orderBy: (v) => v.version,
    })
  ).map((v) => ({ version: v.version, stem: v.content.texts[v.content.lang]?.stem }));

describe('syncing the question bank', () => {
  it('loads the whole seed bank, then leaves it alone on the next start', async () => {
    const bank = loadBank('question-bank');
    expect(bank.problems).toEqual([]);
    const first = await syncBank(t.deps, bank);
    expect(first).toEqual({ created: bank.items.length, newVersions: 0, metadataUpdated: 0, unchanged: 0 });
    expect(bank.items.length).toBeGreaterThanOrEqual(300);
    const second = await syncBank(t.deps, loadBank('question-bank'));
    expect(second).toEqual({ created: 0, newVersions: 0, metadataUpdated: 0, unchanged: bank.items.length });
  });

  it('gives a changed item a new version and keeps the old one; metadata changes update in place', async () => {
    const bank = loadBank('question-bank');
    const target = bank.items[0];
    if (!target) throw new Error('empty bank');
    const id = target.item.id;
    const oldStem = target.item.stem;
    target.item.stem = `${oldStem} (reworded)`;
    const other = bank.items[1];
    if (!other) throw new Error('bank too small');
    other.item.tags = [...(other.item.tags ?? []), 'retagged'];
    const report = await syncBank(t.deps, bank);
    expect(report).toMatchObject({ created: 0, newVersions: 1, metadataUpdated: 1 });
    expect(await versionsOf(id)).toEqual([
      { version: 1, stem: oldStem },
      { version: 2, stem: `${oldStem} (reworded)` },
    ]);
    expect((await versionsOf(other.item.id)).length).toBe(1);
  });

  it('stores random ids for ordering steps, so the order is not in the ids', async () => {
    const ordering = await t.database.db.query.itemVersions.findFirst({
      where: (v, { sql }) => sql`${v.content}->'key'->>'kind' = 'ordering'`,
    });
    const key = ordering?.content.key;
    const order = key?.kind === 'ordering' ? key.order : [];
    expect(order.length).toBeGreaterThanOrEqual(3);
    expect(order.every((s) => /^[\w-]{8}$/.test(s))).toBe(true);
  });

  it('serves the certifications with their subjects, cut scores and blueprints', async () => {
    const student = await t.signedIn(['student']);
    const res = await student.get('/api/certifications');
    expect(res.status).toBe(200);
    const { items } = await json<{ items: Certification[] }>(res);
    const driver = items.find((c) => c.id === 'driver-theory');
    expect(driver?.subjects.map((s) => [s.id, s.passScore, s.maxScore])).toEqual([
      ['traffic-safety', 90, 100],
      ['driver-professional', 80, 100],
    ]);
    expect(items.map((c) => c.post).sort()).toEqual(['driver', 'maintainer']);
    const syllabus = await json<{ areas: { id: string; topics: unknown[] }[] }>(await student.get('/api/syllabus'));
    expect(syllabus.areas.map((a) => a.id).sort()).toEqual([
      'brakes',
      'construction',
      'diesel',
      'electric',
      'handling',
      'maintenance',
      'safety',
      'signals',
    ]);
    expect(syllabus.areas.every((a) => a.topics.length >= 3)).toBe(true);
  });
});
