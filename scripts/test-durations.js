#!/usr/bin/env node
/**
 * Rewrites test/test-durations.json from the durations jest recorded in its cache directory for this
 * checkout (the last run of each file, in any project; a file run by two projects keeps the longer),
 * rounded to whole seconds. Run it after a full `pnpm test` on a quiet machine when files were added
 * or got much slower or faster: test/slowest-first-sequencer.js orders a fresh clone's run by it.
 *
 *   node scripts/test-durations.js [jest-cache-directory]
 */
const { readdirSync, readFileSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, relative, sep } = require('node:path');

const root = join(__dirname, '..');
const cacheDirectory = process.argv[2] ?? join(tmpdir(), `jest_${(process.getuid?.() ?? 0).toString(36)}`);
const output = join(root, 'test', 'test-durations.json');

const seconds = {};
for (const name of readdirSync(cacheDirectory).filter((file) => file.startsWith('perf-cache-'))) {
  const cache = JSON.parse(readFileSync(join(cacheDirectory, name), 'utf8'));
  for (const [path, [, milliseconds]] of Object.entries(cache)) {
    if (!path.startsWith(root + sep)) continue;
    const file = relative(root, path).split(sep).join('/');
    seconds[file] = Math.max(seconds[file] ?? 0, Math.round(milliseconds / 1000));
  }
}

const files = Object.keys(seconds).sort();
if (files.length === 0) {
  console.error(`no jest durations for ${root} in ${cacheDirectory}: run pnpm test first`);
  process.exit(1);
}
writeFileSync(output, `${JSON.stringify(Object.fromEntries(files.map((file) => [file, seconds[file]])), null, 2)}\n`);
console.log(`${relative(root, output)}: ${files.length} files, ${files.filter((file) => seconds[file] >= 30).length} of 30 s or more`);
