import 'reflect-metadata';
import { DataSource } from 'typeorm';

import { pgliteDriverModule } from '../pglite-pool';

describe('PGlite pool', () => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = new DataSource({ type: 'postgres', driver: pgliteDriverModule('memory://') });
    await ds.initialize();
    await ds.query('CREATE TABLE t (id int PRIMARY KEY, v text, b boolean)');
  });
  afterAll(async () => {
    await ds?.destroy();
  });

  it('keeps concurrent transactions apart: a rollback never takes the other one with it', async () => {
    const failing = ds
      .transaction(async (m) => {
        await m.query('INSERT INTO t VALUES (1, $1, $2)', ['a', true]);
        await new Promise((r) => setTimeout(r, 30));
        throw new Error('roll me back');
      })
      .catch((e: Error) => e.message);
    const succeeding = ds.transaction(async (m) => {
      await m.query('INSERT INTO t VALUES (2, $1, $2)', ['b', false]);
    });
    expect(await failing).toBe('roll me back');
    await succeeding;
    expect(await ds.query('SELECT id, v, b FROM t ORDER BY id')).toEqual([{ id: 2, v: 'b', b: false }]);
  });

  it('reports affected rows as pg does', async () => {
    const result = await ds.createQueryBuilder().update('t').set({ v: 'c' }).where('id = 2').execute();
    expect(result.affected).toBe(1);
    const none = await ds.createQueryBuilder().delete().from('t').where('id = 99').execute();
    expect(none.affected).toBe(0);
  });
});
