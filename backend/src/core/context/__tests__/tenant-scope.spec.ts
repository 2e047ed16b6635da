import { Repository } from 'typeorm';

import { Actor } from '../request-context';
import { ScopedRepository } from '../tenant-scope';

const NIL = '00000000-0000-0000-0000-000000000000';
const repository = { metadata: { primaryColumns: [{ propertyName: 'id' }], targetName: 'SupplierEntity' } } as unknown as Repository<{ id: string; supplierId?: string }>;
const actor = (over: Partial<Actor>): Actor => ({ userId: 'u', email: 'e', name: 'n', role: 'supplier_admin', municipalityCode: null, supplierId: 'own', mentorId: null, sessionId: 's', ...over });

describe('ScopedRepository.scopeWhere', () => {
  it('adds the tenant condition to a where', () => {
    const scoped = new ScopedRepository(repository, { supplier: 'supplierId' }, actor({}));
    expect(scoped.scopeWhere({ id: 'm1' })).toEqual({ id: 'm1', supplierId: 'own' });
    expect(scoped.scopeWhere([{ id: 'a' }, { id: 'b' }])).toEqual([
      { id: 'a', supplierId: 'own' },
      { id: 'b', supplierId: 'own' },
    ]);
  });

  it("matches nothing when the where names another tenant on the tenant column (never the caller's row instead)", () => {
    const scoped = new ScopedRepository(repository, { supplier: 'id' }, actor({}));
    expect(scoped.scopeWhere({ id: 'someone-else' })).toEqual({ id: NIL });
    expect(scoped.scopeWhere({ id: 'own' })).toEqual({ id: 'own' });
  });

  it('gives the platform admin nothing unless the entity is shared with the platform', () => {
    const admin = actor({ role: 'platform_admin', supplierId: null });
    expect(new ScopedRepository(repository, { supplier: 'supplierId' }, admin).scopeWhere({})).toEqual({ id: NIL });
    expect(new ScopedRepository(repository, { supplier: 'supplierId', platformAdminSeesAll: true }, admin).scopeWhere({ id: 'x' })).toEqual({ id: 'x' });
  });

  it('gives a municipality user nothing of supplier-owned data', () => {
    const caseworker = actor({ role: 'caseworker', supplierId: null, municipalityCode: '0167' });
    expect(new ScopedRepository(repository, { supplier: 'supplierId' }, caseworker).scopeWhere({})).toEqual({ id: NIL });
  });
});
