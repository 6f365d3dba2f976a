import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pluginDir, pluginPhpFiles } from './plugin-files';

// How the companion plugin is written, held so the next change keeps it: hooks are named
// functions (another plugin or a site's code can remove_action them), and what it says to people
// goes through WordPress's translation functions under its own text domain.
const sources = pluginPhpFiles();
const everywhere = (pattern: RegExp) =>
  sources.flatMap(({ file, text }) =>
    [...text.matchAll(pattern)].map((m) => `${file}: ${m[0].slice(0, 80)}`),
  );

describe('the companion plugin’s conventions', () => {
  it('reads its files', () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  it('hooks only named functions, never closures', () => {
    expect(everywhere(/add_(?:action|filter)\(\s*[^,]+,\s*(?:function|fn)\b/g)).toEqual([]);
    expect(everywhere(/'(?:permission_callback|callback)'\s*=>\s*(?:function|fn)\b/g)).toEqual([]);
  });

  it('translates what it tells people: errors, refusals, notices', () => {
    expect(everywhere(/new WP_Error\(\s*'[^']+',\s*'/g)).toEqual([]);
    expect(everywhere(/wp_die\(\s*'/g)).toEqual([]);
  });

  it('uses one text domain', () => {
    const calls =
      /\b(?:__|_e|_x|_n|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\((?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*,\s*'([^']*)'\s*\)/g;
    const domains = sources.flatMap(({ text }) => [...text.matchAll(calls)].map((m) => m[1]));
    expect(domains.length).toBeGreaterThan(40);
    expect(new Set(domains)).toEqual(new Set(['pressfront-bridge']));
    expect(readFileSync(path.join(pluginDir, 'pressfront-bridge.php'), 'utf8')).toMatch(
      /Text Domain:\s+pressfront-bridge/,
    );
  });

  it('claims the WordPress versions the suite runs it on: the oldest and the newest local one', () => {
    // backend/native/wp.sh takes these two (Debian 12's and Debian 13's); the default is the newest.
    const wpSh = readFileSync(path.join(pluginDir, '..', '..', 'native', 'wp.sh'), 'utf8');
    const accepted = /^\s*([\d.]+) \| ([\d.]+)\) ;;$/m.exec(wpSh);
    const byDefault = /^WP_VERSION="\$\{PRESSFRONT_WP_VERSION:-([\d.]+)\}"$/m.exec(wpSh)?.[1];
    expect(accepted).not.toBeNull();
    const [oldest, newest] = [accepted?.[1], accepted?.[2]];
    expect(byDefault).toBe(newest);
    const readme = readFileSync(path.join(pluginDir, 'readme.txt'), 'utf8');
    expect(/^Requires at least: (.+)$/m.exec(readme)?.[1]).toBe(oldest);
    expect(/^Tested up to: (.+)$/m.exec(readme)?.[1]).toBe(newest);
    expect(readFileSync(path.join(pluginDir, 'pressfront-bridge.php'), 'utf8')).toMatch(
      new RegExp(`Requires at least:\\s+${oldest?.replace('.', '\\.')}\\b`),
    );
  });
});
