import { randomUUID } from 'node:crypto';
import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBank } from '../../server/bank/load-bank.js';
import { itemVersionForAnswer } from '../../server/db/repositories/practice.js';
import { itemCalibrations, learnerAbilities, memoryCards, passSnapshots } from '../../server/db/schema/index.js';
import type { ItemContent } from '../../server/domain/items/item.js';
import { questionKind } from '../../server/domain/items/registry.js';
import { seededUniform } from '../../server/domain/learning/seeded-random.js';
import { syncBank } from '../../server/services/bank-sync.js';
import { rebuildState } from '../../server/services/rebuild-service.js';
import { json, type TestApp, type TestClient, testApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await syncBank(t.deps, loadBank('question-bank'));
});
afterAll(() => t.close());

/** Every projection, in a stable order. */
async function projections() {
  const db = t.deps.database.db;
  return {
    abilities: await db
      .select()
      .from(learnerAbilities)
      .orderBy(asc(learnerAbilities.userId), asc(learnerAbilities.scope)),
    calibrations: await db.select().from(itemCalibrations).orderBy(asc(itemCalibrations.itemId)),
    cards: await db.select().from(memoryCards).orderBy(asc(memoryCards.userId), asc(memoryCards.itemId)),
    snapshots: await db
      .select()
      .from(passSnapshots)
      .orderBy(asc(passSnapshots.userId), asc(passSnapshots.certificationId), asc(passSnapshots.day)),
  };
}

async function practise(student: TestClient, uniform: () => number, mode: string) {
  const res = await student.post('/api/practice/next', { mode });
  const { item } = await json<{ item: { id: string; version: number } | null }>(res);
  if (!item) return;
  const found = await itemVersionForAnswer(t.deps.database.db, item.id, item.version);
  const content = found?.content as ItemContent;
  const kind = questionKind(content.key.kind);
  const right = uniform() < 0.7;
  const answer = await student.post('/api/practice/answers', {
    itemId: item.id,
    itemVersion: item.version,
    response: right ? kind.correctResponse(content.key, content) : kind.wrongResponse(content.key, content),
    clientAnswerId: randomUUID(),
    elapsedMs: Math.round(3000 + uniform() * 60_000),
    ...(uniform() < 0.5 ? { confidence: uniform() < 0.6 ? 'sure' : 'unsure' } : {}),
    mode,
  });
  expect(answer.status).toBe(200);
}

describe('npm run rebuild-state', () => {
  it('rebuilds exactly the projections the answers built incrementally', async () => {
    const uniform = seededUniform(7);
    const driver = await t.signedIn(['student']);
    const maintainer = await t.signedIn(['student']);
    const undecided = await t.signedIn(['student']);
    await driver.put('/api/practice/goal', { certificationId: 'driver-theory', examDate: '2026-12-20' });
    await maintainer.put('/api/practice/goal', { certificationId: 'maintainer-theory', examDate: null });
    const modes = ['adaptive', 'sequential', 'mistakes', 'reviews', 'sprint'];
    for (let day = 0; day < 4; day++) {
      for (let i = 0; i < 12; i++) {
        for (const student of [driver, maintainer, undecided])
          await practise(student, uniform, modes[Math.floor(uniform() * modes.length)] as string);
        t.clock.advance(Math.round(uniform() * 20 * 60_000));
      }
      t.clock.advance(20 * 3_600_000);
    }
    const incremental = await projections();
    expect(incremental.abilities.length).toBeGreaterThan(10);
    expect(incremental.snapshots.length).toBeGreaterThanOrEqual(4);
    expect(incremental.cards.some((c) => c.mistake !== null)).toBe(true);

    const report = await rebuildState(t.deps);
    expect(report.students).toBe(3);
    expect(report.answers).toBeGreaterThan(60);
    expect(await projections()).toEqual(incremental);
  });
});
