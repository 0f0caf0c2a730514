import { inject, injectable } from 'tsyringe';
import type { RoleCatalog } from '../../domain';
import {
  TOKENS,
  type ApiKeyStore,
  type EventSink,
  type IdGenerator,
  type PasswordHasher,
  type TenantStore,
  type UnitOfWork,
  type UserStore,
} from '../../ports';
import type { BootstrapReport, BootstrapServiceApi } from '../../roster.types';
import { DEFAULT_GENERATED_PASSWORD_LENGTH } from '../roster-config';
import type { BootstrapPlan, UserPlan } from './bootstrap-file.types';
import { checkConflicts } from './bootstrap-conflicts';
import { validateBootstrapFile } from './bootstrap-file.validator';
import { BootstrapWriter, findExisting } from './bootstrap-writer';

/**
 * Loads a bootstrap file: validates all of it, checks it against the stores, hashes the
 * passwords of the users to create, then writes everything in one unit of work. Loading the
 * same file twice changes nothing the second time.
 */
@injectable()
export class BootstrapService implements BootstrapServiceApi {
  constructor(
    @inject(TOKENS.RoleCatalog) private readonly catalog: RoleCatalog,
    @inject(TOKENS.UserStore) private readonly users: UserStore,
    @inject(TOKENS.TenantStore) private readonly tenants: TenantStore,
    @inject(TOKENS.ApiKeyStore) private readonly apiKeys: ApiKeyStore,
    @inject(TOKENS.UnitOfWork) private readonly unitOfWork: UnitOfWork,
    @inject(TOKENS.PasswordHasher) private readonly hasher: PasswordHasher,
    @inject(TOKENS.IdGenerator) private readonly ids: IdGenerator,
    @inject(TOKENS.EventSink) private readonly events: EventSink,
    @inject(BootstrapWriter) private readonly writer: BootstrapWriter,
  ) {}

  async load(file: unknown): Promise<BootstrapReport> {
    const plan = validateBootstrapFile(file, this.catalog);
    await checkConflicts(plan, { tenants: this.tenants, apiKeys: this.apiKeys });
    const hashes = await this.hashNewPasswords(plan);
    const hashOf = (user: UserPlan): Promise<string> => {
      const hash = hashes.get(user);
      return hash === undefined ? this.hash(user) : Promise.resolve(hash);
    };
    const outcome = await this.unitOfWork.run(async (stores) => {
      await checkConflicts(plan, stores);
      return this.writer.write(plan.tenants, stores, hashOf);
    });
    for (const user of outcome.createdUsers) {
      this.events.emit({ type: 'user.created', tenantId: user.tenantId, userId: user.id });
    }
    return outcome.report;
  }

  /** Hashing is slow, so it is done before the unit of work, for the users that do not exist yet. */
  private async hashNewPasswords(plan: BootstrapPlan): Promise<Map<UserPlan, string>> {
    const hashes = new Map<UserPlan, string>();
    for (const tenantPlan of plan.tenants) {
      const tenant = await this.tenants.findTenantByName(tenantPlan.name);
      for (const user of tenantPlan.users) {
        const exists = tenant !== null && (await findExisting(tenant.id, user, { users: this.users })) !== null;
        if (!exists) hashes.set(user, await this.hash(user));
      }
    }
    return hashes;
  }

  private hash(user: UserPlan): Promise<string> {
    return this.hasher.hash(user.password ?? this.ids.password(DEFAULT_GENERATED_PASSWORD_LENGTH));
  }
}
