// `npm run themes:discover`: writes themes/installed.ts from the theme folders and packages
// (discovery.ts). Leaves the file alone when nothing changed, so builds are not invalidated.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { discoverThemes, installedModule, ThemeDiscoveryError } from './discovery';

const root = path.join(__dirname, '..', '..');
const target = path.join(root, 'themes', 'installed.ts');
try {
  const found = discoverThemes(root);
  const text = installedModule(found);
  if (!existsSync(target) || readFileSync(target, 'utf8') !== text) writeFileSync(target, text);
  if (process.argv.includes('--verbose')) {
    for (const theme of found) console.log(`${theme.source.padEnd(8)} ${theme.id}`);
  }
} catch (error) {
  if (!(error instanceof ThemeDiscoveryError)) throw error;
  console.error(`error: ${error.message}`);
  process.exit(1);
}
