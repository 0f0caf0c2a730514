import type { HttpAdapterHost } from '@nestjs/core';
import { createBodyReader } from './body-reader';
import type { RosterPaths } from './roster-paths';

// httpAdapter is undefined until Nest has created the adapter (its type does not say so).
type AdapterHost = { readonly httpAdapter: HttpAdapterHost['httpAdapter'] | undefined } & Partial<Pick<HttpAdapterHost, 'init$'>>;

/**
 * Puts the body reader in front of the host's body parsers. Nest registers its parsers (and a
 * host adds its own with `app.use`) only after the HTTP adapter is known; `init$` fires right
 * then: at once under `NestFactory.create` (the adapter is set before providers are built),
 * and at `createNestApplication()` for a testing module (built before any adapter exists).
 * Platforms other than Express are refused in RosterModule.onModuleInit.
 */
export function installBodyReader(adapterHost: AdapterHost, paths: RosterPaths, limit: number): void {
  let installed = false;
  const install = (): void => {
    const adapter = adapterHost.httpAdapter;
    if (installed || adapter?.getType() !== 'express') return;
    installed = true;
    adapter.use(createBodyReader(paths, limit));
  };
  if (adapterHost.init$) adapterHost.init$.subscribe(install);
  else install();
}
