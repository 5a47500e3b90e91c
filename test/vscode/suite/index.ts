// Entry that VS Code's extension host loads (--extensionTestsPath): runs the mocha suite beside it.
// It also writes the outcome to report.json beside this file, for runners that cannot read the host's exit code
// (code-server, see docs/testing.md).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false });
  mocha.addFile(join(__dirname, 'extension.test.js'));
  return new Promise((resolve, reject) => {
    const results: { title: string; state: string; error?: string }[] = [];
    const runner = mocha.run((failures) => {
      writeFileSync(join(__dirname, 'report.json'), JSON.stringify({ failures, results }, null, 2));
      if (failures > 0) reject(new Error(`${failures} of ${results.length} tests failed`));
      else resolve();
    });
    runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed' }));
    runner.on('fail', (t, err: Error) => results.push({ title: t.fullTitle(), state: 'failed', error: err.message }));
  });
}
