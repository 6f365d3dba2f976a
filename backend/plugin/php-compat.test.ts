import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pluginDir, pluginPhpFiles } from './plugin-files';

// The companion plugin's header promises PHP and WordPress versions; `php -l` only knows the PHP
// installed here. Functions newer than the promise, and not polyfilled by the oldest WordPress it
// names, would be a fatal error on a site the header says is supported.
const header = readFileSync(path.join(pluginDir, 'pressfront-bridge.php'), 'utf8');

const version = (field: string) => {
  const match = new RegExp(`^ \\* ${field}:\\s*([\\d.]+)`, 'm').exec(header);
  if (!match?.[1]) throw new Error(`the plugin header has no "${field}"`);
  return match[1].split('.').map(Number);
};
const atLeast = (have: number[], need: number[]) => {
  for (let i = 0; i < need.length; i++) {
    if ((have[i] ?? 0) !== (need[i] ?? 0)) return (have[i] ?? 0) > (need[i] ?? 0);
  }
  return true;
};

// Name → the PHP version that brought it, and the WordPress version that polyfills it (if any).
const newer: Record<string, { php: number[]; wordpress?: number[] }> = {
  array_is_list: { php: [8, 1], wordpress: [6, 5] },
  str_contains: { php: [8, 0], wordpress: [5, 9] },
  str_starts_with: { php: [8, 0], wordpress: [5, 9] },
  str_ends_with: { php: [8, 0], wordpress: [5, 9] },
  array_find: { php: [8, 4], wordpress: [6, 8] },
  array_any: { php: [8, 4], wordpress: [6, 8] },
  array_all: { php: [8, 4], wordpress: [6, 8] },
  array_key_last: { php: [7, 3], wordpress: [5, 9] },
  get_debug_type: { php: [8, 0] },
  fdiv: { php: [8, 0] },
  json_validate: { php: [8, 3] },
  mb_str_split: { php: [7, 4] },
  mb_trim: { php: [8, 4] },
  str_increment: { php: [8, 3] },
};

const calls = (source: string, name: string) => new RegExp(`(?<![\\w>$:])${name}\\s*\\(`).test(source);

describe('the companion plugin runs where its header says', () => {
  const php = version('Requires PHP');
  const wordpress = version('Requires at least');
  const unsafe = Object.entries(newer)
    .filter(
      ([, since]) => !atLeast(php, since.php) && !(since.wordpress && atLeast(wordpress, since.wordpress)),
    )
    .map(([name]) => name);

  it('knows which functions are too new for the header (PHP 7.4, WordPress 6.1)', () => {
    expect(unsafe).toContain('array_is_list');
    expect(unsafe).not.toContain('str_contains');
  });

  it('finds calls, not methods or mentions', () => {
    expect(calls('if (!array_is_list($x))', 'array_is_list')).toBe(true);
    expect(calls('$list->array_is_list($x)', 'array_is_list')).toBe(false);
    expect(calls('// array_is_list needs PHP 8.1', 'array_is_list')).toBe(false);
  });

  it('calls none of them', () => {
    const files = pluginPhpFiles();
    expect(files.length).toBeGreaterThan(5);
    const found = files.flatMap(({ file, text }) =>
      unsafe.filter((name) => calls(text, name)).map((name) => `${file}: ${name}()`),
    );
    expect(found).toEqual([]);
  });
});
