import { subtreeIds } from '@cascade/domain';
import { startPostgres } from '@cascade/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database, type Kysely, type NewUnit } from '../index';
import { migrateToLatest } from '../migrate';
import { findSubtreeUnitIds, listSubtreeUnits } from './unitSubtree';
import { closeUnit, createUnit, findUnit, listUnitNodes, updateUnit } from './units';

const targets: [string, () => Promise<{ db: Kysely<Database>; stop: () => Promise<void> }>][] = [
  [
    'PGlite',
    async () => {
      const db = createDatabase({ memory: true });
      return { db, stop: () => db.destroy() };
    },
  ],
  [
    'PostgreSQL',
    async () => {
      const server = await startPostgres();
      const db = createDatabase({ url: server.url });
      return { db, stop: () => db.destroy().then(() => server.stop()) };
    },
  ],
];

const unit = (id: string, parentId: string | null, effectiveFrom = '2024-01-01'): NewUnit => ({
  id,
  name: `Đơn vị ${id}`,
  kind: parentId ? 'commune' : 'province',
  parent_id: parentId,
  code: null,
  abbreviation: 'UBND',
  effective_from: effectiveFrom,
  effective_to: null,
  successor_id: null,
});

describe.each(targets)('subtrees resolved in SQL (%s)', (_, open) => {
  let db: Kysely<Database>;
  let stop: () => Promise<void>;
  const chainDepth = 60;
  beforeAll(async () => {
    ({ db, stop } = await open());
    await migrateToLatest(db);
    // A province, a chain 60 levels deep under it, and three communes beside the chain at each level.
    await createUnit(db, unit('p', null), null);
    for (let level = 1; level <= chainDepth; level++) {
      const parent = level === 1 ? 'p' : `c${level - 1}`;
      await createUnit(db, unit(`c${level}`, parent), null);
      for (const leaf of ['a', 'b', 'x']) await createUnit(db, unit(`c${level}-${leaf}`, parent), null);
    }
    await createUnit(db, unit('other', null), null);
    await createUnit(db, unit('other-1', 'other'), null);
    // Closed on 2025-07-01 (with its leaves below it), and one opened only on that day.
    await closeUnit(db, (await findUnit(db, 'c30'))!, '2025-07-01', null);
    await createUnit(db, unit('c10-new', 'c10', '2025-07-01'), null);
  }, 120_000);
  afterAll(() => stop());

  it('finds every level of a deep tree, the root first among equals, nothing of another tree', async () => {
    const ids = await findSubtreeUnitIds(db, 'p');
    expect(ids.size).toBe(1 + chainDepth * 4 + 1);
    expect(ids.has(`c${chainDepth}-x`)).toBe(true);
    expect(ids.has('other-1')).toBe(false);
    expect([...(await findSubtreeUnitIds(db, 'c58'))].sort()).toEqual(
      ['c58', 'c59', 'c59-a', 'c59-b', 'c59-x', 'c60', 'c60-a', 'c60-b', 'c60-x'].sort(),
    );
  });

  it('gives what the domain rule gives from the whole list, with and without a day', async () => {
    const nodes = await listUnitNodes(db);
    for (const [root, on] of [
      ['p', undefined],
      ['p', '2024-06-01'],
      ['p', '2025-07-01'],
      ['c5', '2025-12-31'],
      ['missing', undefined],
    ] as const) {
      expect([...(await findSubtreeUnitIds(db, root, on))].sort()).toEqual([...subtreeIds(nodes, root, on)].sort());
    }
  });

  it('keeps closed units without a day, and drops them (and what lies below them) as of a day they are closed', async () => {
    expect((await findSubtreeUnitIds(db, 'p')).has('c30')).toBe(true);
    expect((await findSubtreeUnitIds(db, 'p', '2025-06-30')).has('c31')).toBe(true);
    const afterClose = await findSubtreeUnitIds(db, 'p', '2025-07-01');
    expect(afterClose.has('c30')).toBe(false);
    expect(afterClose.has('c31')).toBe(false);
    expect(afterClose.has('c29-a')).toBe(true);
    expect((await findSubtreeUnitIds(db, 'p', '2025-06-30')).has('c10-new')).toBe(false);
    expect(afterClose.has('c10-new')).toBe(true);
  });

  it('lists the subtree with names in name order, and ends on a parent cycle in bad data', async () => {
    const listed = await listSubtreeUnits(db, 'c59');
    expect(listed).toEqual(['c59', 'c60', 'c60-a', 'c60-b', 'c60-x'].map((id) => ({ id, name: `Đơn vị ${id}` })));
    await createUnit(db, unit('loop-a', null), null);
    await createUnit(db, unit('loop-b', 'loop-a'), null);
    await updateUnit(db, (await findUnit(db, 'loop-a'))!, { parent_id: 'loop-b' }, '2025-01-01', null);
    expect([...(await findSubtreeUnitIds(db, 'loop-a'))].sort()).toEqual(['loop-a', 'loop-b']);
  });
});
