import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The companion plugin's folder, as it is zipped and installed. */
export const pluginDir = path.join(__dirname, 'pressfront-bridge');

/** Every PHP file of the plugin, with its path inside the plugin and its text. */
export function pluginPhpFiles(dir = pluginDir): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return pluginPhpFiles(full);
    return entry.name.endsWith('.php')
      ? [{ file: path.relative(pluginDir, full), text: readFileSync(full, 'utf8') }]
      : [];
  });
}
