import { validationError } from '../../../errors';
import { bearerToken } from '../../headers';
import type { RouteContext, RosterResponse } from '../../http.types';
import type { AdminContext } from './admin.context';
import { ADMIN_OWN_PROBLEMS } from './admin.errors';
import { idempotencyId, idempotencyKeyOf, requestFingerprint, sealAnswer, unsealAnswer } from './idempotency-seal';
import { problemResponse } from './problem.response';

/** How long a key is kept: the 24 hours, unless the host says otherwise. */
export const DEFAULT_IDEMPOTENCY_SECONDS = 24 * 60 * 60;

/**
 * Runs an authenticated POST under its Idempotency-Key (IETF draft-ietf-httpapi-idempotency-key-header):
 * the first request runs and a success is kept; the same key with the same request answers that
 * success again (`Idempotent-Replayed: true`); with another request 422; while the first still runs
 * 409. A failure keeps nothing: the key may be used again. Without the header the request just runs.
 */
export async function idempotent(context: AdminContext, route: RouteContext, run: () => Promise<RosterResponse>): Promise<RosterResponse> {
  const header = idempotencyKeyOf(route.request);
  if (header === null) return run();
  if (header === 'invalid') throw validationError([{ field: 'Idempotency-Key', message: 'must be 1 to 255 printable ASCII characters' }]);
  const { key } = header;
  // The route authenticated the credential before this runs; it is the key's scope.
  const credential = bearerToken(route.request.headers) ?? '';
  const { roster, idempotencySeconds } = context;
  const id = idempotencyId(credential, key);
  const fingerprint = requestFingerprint(route.request);
  const now = roster.clock.now();
  const claim = await roster.idempotency.claim(id, fingerprint, new Date(now.getTime() + idempotencySeconds * 1000), now);
  if (!claim.claimed) {
    const { record } = claim;
    if (record.fingerprint !== fingerprint) {
      return problemResponse(ADMIN_OWN_PROBLEMS.IDEMPOTENCY_KEY_REUSED, 'This Idempotency-Key was sent with another request.');
    }
    const replay = record.answer === null ? null : unsealAnswer(record.answer, credential, key);
    if (replay === null) {
      return problemResponse(ADMIN_OWN_PROBLEMS.IDEMPOTENCY_KEY_IN_FLIGHT, 'The first request with this Idempotency-Key is still running.');
    }
    return { ...replay, headers: { ...replay.headers, 'Idempotent-Replayed': 'true' } };
  }
  let response: RosterResponse;
  try {
    response = await run();
  } catch (error) {
    await roster.idempotency.release(id);
    throw error;
  }
  if (response.status >= 200 && response.status < 300) await roster.idempotency.complete(id, sealAnswer(response, credential, key));
  else await roster.idempotency.release(id);
  return response;
}
