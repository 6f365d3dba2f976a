// What the build generates from the source, before dev, build, typecheck and unit tests (and after
// npm install): the installed themes (themes/installed.ts) and the islands' scripts
// (components/islands/built.ts). Neither is committed.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const tsx = path.join(__dirname, '..', 'node_modules', '.bin', 'tsx');
for (const script of ['themes/discover.ts', 'islands/build.ts']) {
  execFileSync(tsx, [path.join(__dirname, script)], { stdio: 'inherit' });
}
