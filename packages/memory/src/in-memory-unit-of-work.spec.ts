import { RosterError, type RosterStores } from '@roster/core';
import { makeTenant, makeUser } from '@roster/testing';
import { MemoryState } from './memory-state';
import { buildMemoryStores } from './memory-stores';

/** Transaction behaviour of the memory store beyond the shared contract (see TransactionRunner). */
describe('InMemoryUnitOfWork', () => {
  const tenantId = 'tenant-a';
  let state: MemoryState;
  let stores: RosterStores;

  beforeEach(async () => {
    state = new MemoryState();
    stores = buildMemoryStores(state);
    await stores.tenants.saveTenant(makeTenant({ id: tenantId }));
  });

  function gate(): { opened: Promise<void>; open: () => void } {
    let open!: () => void;
    const opened = new Promise<void>((resolve) => (open = resolve));
    return { opened, open };
  }

  it('makes an operation outside it wait, so it never sees writes that are rolled back', async () => {
    const { opened, open } = gate();
    const written = gate();
    const work = stores.unitOfWork.run(async (tx) => {
      await tx.users.insert(makeUser({ id: 1 }));
      await tx.tenants.allocateUser(tenantId, null);
      written.open();
      await opened;
      throw new Error('undo');
    });
    await written.opened;
    const outsideRead = stores.users.findById(tenantId, 1);
    const outsideAllocation = stores.tenants.allocateUser(tenantId, null);
    open();

    await expect(work).rejects.toThrow('undo');
    expect(await outsideRead).toBeNull();
    expect(await outsideAllocation).toBe(1);
  });

  it('hands out the ids of a rolled-back allocation again, since none was ever kept', async () => {
    await expect(
      stores.unitOfWork.run(async (tx) => {
        expect(await tx.tenants.allocateUser(tenantId, null)).toBe(1);
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    expect(state.counters.get(tenantId)).toEqual({ seats: 0, nextId: 1, nextGroupId: 1 });
  });

  it('lets calls through the top-level stores join the running unit of work (no deadlock)', async () => {
    await expect(
      stores.unitOfWork.run(async () => {
        await stores.users.insert(makeUser({ id: 1 }));
        expect(await stores.users.findById(tenantId, 1)).not.toBeNull();
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    expect(state.users.get(tenantId)?.byId.size ?? 0).toBe(0);
  });

  it('runs a nested unit of work as a savepoint', async () => {
    await stores.unitOfWork.run(async (tx) => {
      await tx.users.insert(makeUser({ id: 1 }));
      await expect(
        stores.unitOfWork.run(async (inner) => {
          await inner.users.insert(makeUser({ id: 2 }));
          throw new Error('inner');
        }),
      ).rejects.toThrow('inner');
      expect(await tx.users.findById(tenantId, 2)).toBeNull();
    });
    expect([...(state.users.get(tenantId)?.byId.keys() ?? [])]).toEqual([1]);
  });

  it('keeps the work going after a store error it caught, without partial writes', async () => {
    await stores.unitOfWork.run(async (tx) => {
      await tx.users.insert(makeUser({ id: 1, email: 'a@example.com' }));
      await expect(tx.users.insert(makeUser({ id: 2, email: 'A@example.com' }))).rejects.toMatchObject({ code: 'EMAIL_TAKEN' });
      await tx.users.insert(makeUser({ id: 3, email: 'c@example.com' }));
    });
    expect([...(state.users.get(tenantId)?.byEmail.keys() ?? [])].sort()).toEqual(['a@example.com', 'c@example.com']);
  });

  it('treats stores kept after their unit of work ended as plain stores', async () => {
    let leaked: Parameters<Parameters<RosterStores['unitOfWork']['run']>[0]>[0] | undefined;
    await stores.unitOfWork.run(async (tx) => {
      leaked = tx;
    });
    await leaked?.users.insert(makeUser({ id: 1 }));
    await expect(stores.unitOfWork.run(async () => Promise.reject(new Error('undo')))).rejects.toThrow('undo');
    expect(await stores.users.findById(tenantId, 1)).not.toBeNull();
  });

  it('throws TENANT_NOT_FOUND when allocating in a tenant never saved', async () => {
    const error = await stores.tenants.allocateUser('tenant-none', null).catch((e: unknown) => e);
    expect(RosterError.is(error, 'TENANT_NOT_FOUND')).toBe(true);
  });
});
