import { RosterError } from '../errors';
import { ARGON2_MISSING_MESSAGE, loadArgon2 } from './load-argon2';

function notFound(id: string): Error {
  return Object.assign(new Error(`Cannot find module '${id}'\nRequire stack:\n- /app/index.js`), { code: 'MODULE_NOT_FOUND' });
}

describe('loadArgon2', () => {
  it('loads the installed argon2 binding', () => {
    expect(typeof loadArgon2().hash).toBe('function');
  });

  it('turns a missing argon2 into a CONFIGURATION_INVALID RosterError that says what to do', () => {
    let thrown: unknown;
    try {
      loadArgon2(() => {
        throw notFound('argon2');
      });
    } catch (error) {
      thrown = error;
    }
    expect(RosterError.is(thrown, 'CONFIGURATION_INVALID')).toBe(true);
    expect((thrown as Error).message).toBe(ARGON2_MISSING_MESSAGE);
    expect(ARGON2_MISSING_MESSAGE).toMatch(/install it \(npm install argon2\) or pass your own passwordHasher/);
  });

  it('rethrows any other failure as it is (a dependency of argon2 missing, a broken build)', () => {
    const inner = notFound('node-gyp-build');
    expect(() =>
      loadArgon2(() => {
        throw inner;
      }),
    ).toThrow(inner);
    const broken = new Error('invalid ELF header');
    expect(() =>
      loadArgon2(() => {
        throw broken;
      }),
    ).toThrow(broken);
  });
});
