// Fails when the committed dist/ differs from a fresh build of src/ (run after `npm run build`).
import { execFileSync } from 'node:child_process';

const status = execFileSync('git', ['status', '--porcelain', '--', 'dist'], { encoding: 'utf8' });
if (status.trim() !== '') {
  console.error('dist/ is out of date with src/: run "npm run build" and commit dist/. Changed:');
  console.error(status);
  process.exit(1);
}
console.log('dist/ matches a fresh build');
