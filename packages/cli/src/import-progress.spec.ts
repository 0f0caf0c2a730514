import { importProgress } from './import-progress';
import { capture } from './test-support/cli-runs';

describe('importProgress', () => {
  it('draws a bar on a terminal, and writes nothing to the output lines', () => {
    const written: string[] = [];
    const terminal = {
      isTTY: true,
      columns: 100,
      write: (chunk: string) => written.push(chunk),
      cursorTo: () => true,
      clearLine: () => true,
      moveCursor: () => true,
      clearScreenDown: () => true,
    } as unknown as NodeJS.WriteStream;
    const output = { ...capture(), progressTerminal: terminal };
    const progress = importProgress(output, 3);
    for (let done = 1; done <= 3; done += 1) progress.tick(done);
    progress.stop();
    expect(written.join('')).toMatch(/roster: import \[[^\]]+\] 3\/3 rows/);
    expect(output.lines).toEqual([]);
    expect(output.errors).toEqual([]);
  });

  it('writes a plain line every 100 rows and one at the end when not on a terminal', () => {
    const output = capture();
    const progress = importProgress(output, 250);
    for (let done = 0; done <= 250; done += 1) progress.tick(done);
    progress.stop();
    expect(output.errors).toEqual(['roster: import 100/250 rows', 'roster: import 200/250 rows', 'roster: import 250/250 rows']);
  });
});
