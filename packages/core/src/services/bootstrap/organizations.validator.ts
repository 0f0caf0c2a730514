import type { GroupPlan, OrganizationPlan } from './bootstrap-file.types';
import { entryAt, invalid, listOf, optionalInteger, pathOf, requiredString, type Entry } from './bootstrap-reader';

export interface OrganizationTree {
  /** Parents before children. */
  readonly organizations: readonly OrganizationPlan[];
  readonly implicitRoot: boolean;
  readonly rootOrganizationId: number;
}

const IMPLICIT_ROOT_ID = 1;

/**
 * The tenant's organizations: unique positive ids, parents that exist, no cycles. The root is
 * the first organization without a parent; a tenant listing none gets one root, id 1.
 */
export function validateOrganizations(tenant: Entry, tenantName: string): OrganizationTree {
  const listed = listOf(tenant, 'organizations').map(({ value, path }) => {
    const entry = entryAt(value, path, ['id', 'name', 'parentId']);
    const id = optionalInteger(entry, 'id', 1);
    if (id === undefined) throw invalid(pathOf(entry, 'id'), 'is required');
    return { path, id, name: requiredString(entry, 'name'), parentId: optionalInteger(entry, 'parentId', 1) ?? null };
  });
  if (listed.length === 0) {
    const root = { id: IMPLICIT_ROOT_ID, name: tenantName, parentId: null };
    return { organizations: [root], implicitRoot: true, rootOrganizationId: IMPLICIT_ROOT_ID };
  }
  const byId = new Map<number, (typeof listed)[number]>();
  for (const organization of listed) {
    if (byId.has(organization.id)) {
      throw invalid(`${organization.path}.id`, `duplicate organization id ${organization.id}`);
    }
    byId.set(organization.id, organization);
  }
  for (const organization of listed) {
    if (organization.parentId !== null && !byId.has(organization.parentId)) {
      throw invalid(`${organization.path}.parentId`, `unknown organization ${organization.parentId}`);
    }
  }
  const ordered: OrganizationPlan[] = [];
  const placed = new Set<number>();
  while (ordered.length < listed.length) {
    const ready = listed.filter((o) => !placed.has(o.id) && (o.parentId === null || placed.has(o.parentId)));
    if (ready.length === 0) {
      // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- the loop runs while some organization is not placed
      const stuck = listed.find((o) => !placed.has(o.id))!;
      throw invalid(`${stuck.path}.parentId`, 'organizations form a cycle');
    }
    for (const { id, name, parentId } of ready) {
      ordered.push({ id, name, parentId });
      placed.add(id);
    }
  }
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- the loop above placed every organization, so one has no parent
  const root = listed.find((organization) => organization.parentId === null)!;
  return { organizations: ordered, implicitRoot: false, rootOrganizationId: root.id };
}

export function validateGroups(tenant: Entry, organizationIds: ReadonlySet<number>): readonly GroupPlan[] {
  const seen = new Set<number>();
  return listOf(tenant, 'groups').map(({ value, path }) => {
    const entry = entryAt(value, path, ['id', 'name', 'organizationId']);
    const id = optionalInteger(entry, 'id', 1);
    if (id === undefined) throw invalid(pathOf(entry, 'id'), 'is required');
    if (seen.has(id)) throw invalid(pathOf(entry, 'id'), `duplicate group id ${id}`);
    seen.add(id);
    const name = requiredString(entry, 'name');
    const organizationId = optionalInteger(entry, 'organizationId', 1);
    if (organizationId === undefined) throw invalid(pathOf(entry, 'organizationId'), 'is required');
    if (!organizationIds.has(organizationId)) {
      throw invalid(pathOf(entry, 'organizationId'), `unknown organization ${organizationId}`);
    }
    return { id, name, organizationId };
  });
}
