/**
 * Jest runs the files that took longest last time first, so that the two workers finish together.
 * It keys those times by absolute path in its cache directory, so a fresh clone (CI) has none and
 * falls back to file size: the conformance and contract files, a few lines each that start hundreds
 * of requests, then start last, and one worker runs them for minutes after the other has finished.
 * This sequencer gives jest the durations of test/test-durations.json (seconds by path from the
 * repository root; `node scripts/test-durations.js` rewrites it from the last run) where its own
 * cache has none. A file in neither runs first, as jest runs a new file.
 */
const { readFileSync } = require('node:fs');
const { join, relative, sep } = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

const root = join(__dirname, '..');
const durations = JSON.parse(readFileSync(join(__dirname, 'test-durations.json'), 'utf8'));

class SlowestFirstSequencer extends Sequencer {
  time(test) {
    const cached = super.time(test);
    if (cached !== undefined) return cached;
    const seconds = durations[relative(root, test.path).split(sep).join('/')];
    return seconds === undefined ? undefined : seconds * 1000;
  }
}

module.exports = SlowestFirstSequencer;
