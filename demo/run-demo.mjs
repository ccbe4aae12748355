// `npm run demo`: review the bundled demo folder (vulnerable and safe Python side by side).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
console.log('$ git-review-security demo/app\n');
const result = spawnSync(process.execPath, [cli, 'demo/app', '--show-source'], { cwd: root, stdio: 'inherit' });
console.log(`\n(exit code ${result.status}: 1 = blocking findings, as expected for demo/app/views.py)`);
