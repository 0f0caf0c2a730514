import { Webhook } from 'standardwebhooks';
import { generateWebhookSecret } from './webhook-secret';

describe('generateWebhookSecret', () => {
  it('gives whsec_ and base64 of 32 key bytes, a new one each time', () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice('whsec_'.length), 'base64')).toHaveLength(32);
    expect(generateWebhookSecret()).not.toBe(secret);
  });

  it('is a secret standardwebhooks signs and verifies with', () => {
    const secret = generateWebhookSecret();
    const body = JSON.stringify({ type: 'user.created' });
    const timestamp = new Date();
    const headers = {
      'webhook-id': 'evt_1',
      'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
      'webhook-signature': new Webhook(secret).sign('evt_1', timestamp, body),
    };
    expect(new Webhook(secret).verify(body, headers)).toEqual({ type: 'user.created' });
    expect(() => new Webhook(generateWebhookSecret()).verify(body, headers)).toThrow();
  });
});
