import type { UserView } from '@roster/core';
import type { CaseContext } from './matrix-case';
import { MatrixHost, type Target } from './matrix-host';
import { targetLabel, targetSpecs, userActors } from './matrix-world';

/**
 * Starts a matrix host and makes the fixed targets: alpha's first, then beta's with ids above
 * every alpha id, so that an id sent to alpha can only name beta's user by a leak.
 */
export async function setUpMatrix(): Promise<CaseContext> {
  const host = new MatrixHost();
  await host.start();
  const specs = targetSpecs();
  const fixed = new Map<string, Target>();
  for (const spec of specs.filter((candidate) => candidate.tenant === 'alpha')) fixed.set(targetLabel(spec), await host.createTarget(spec));
  const alphaIds = [...fixed.values()].map((target) => target.id);
  await host.advanceIds('beta', Math.max(...alphaIds) + 1);
  for (const spec of specs.filter((candidate) => candidate.tenant === 'beta')) fixed.set(targetLabel(spec), await host.createTarget(spec));

  const actors = await Promise.all(userActors().map((actor) => host.read('alpha', { email: actor.email! })));
  const alphaTargets = await Promise.all(
    [...fixed.values()].filter((target) => target.spec.tenant === 'alpha').map((target) => host.read('alpha', { id: target.id })),
  );
  const alphaPopulation = [...actors, ...alphaTargets].filter((user): user is UserView => user !== null);
  return { host, fixed, alphaPopulation };
}
