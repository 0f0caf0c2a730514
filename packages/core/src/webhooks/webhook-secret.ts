import { randomBytes } from 'node:crypto';

/** Key bytes in a new secret: 32, within the 24 to 64 that Standard Webhooks recommends. */
const SECRET_BYTES = 32;

/**
 * A new endpoint signing secret in the Standard Webhooks form (`standardwebhooks`' `Webhook`
 * takes it as it is): `whsec_` and the base64 of random key bytes.
 */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(SECRET_BYTES).toString('base64')}`;
}
