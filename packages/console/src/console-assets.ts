import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';

/** One file of the built console. */
export interface ConsoleAsset {
  readonly contentType: string;
  readonly body: Buffer;
}

/**
 * The built console, framework-free: file name (relative to the console's path, `index.html` at
 * its root) → content type and bytes. Made by `pnpm build` (scripts/build-app.mjs) into `dist/app`.
 */
export interface ConsoleAssets {
  readonly files: ReadonlyMap<string, ConsoleAsset>;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** `dist/app` from `dist/` (the package as installed) and from `src/` (the workspace's tests) alike. */
export const CONSOLE_APP_DIRECTORY = join(__dirname, '..', 'dist', 'app');

/** Reads the built console from `directory` (default CONSOLE_APP_DIRECTORY); throws when it was not built. */
export function loadConsoleAssets(directory: string = CONSOLE_APP_DIRECTORY): ConsoleAssets {
  if (!existsSync(join(directory, 'index.html'))) {
    throw new Error(`@roster/console: no built console in ${directory} (run \`pnpm --filter @roster/console build\`)`);
  }
  const files = new Map<string, ConsoleAsset>();
  for (const name of readdirSync(directory).sort()) {
    const contentType = CONTENT_TYPES[extname(name)];
    if (contentType !== undefined) files.set(name, { contentType, body: readFileSync(join(directory, name)) });
  }
  return { files };
}
