import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { discoverThemes, installedModule, ThemeDiscoveryError, themeFolders } from './discovery';

const root = path.join(__dirname, '..', '..');
let scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
  scratch = [];
});

/** A project with theme folders and packages, as a site would have. */
function project({ folders = [] as string[], packages = [] as string[], listed = packages as unknown } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'pressfront-discovery-'));
  scratch.push(dir);
  mkdirSync(path.join(dir, 'themes', 'base'), { recursive: true });
  writeFileSync(path.join(dir, 'themes', 'base', 'index.ts'), '');
  mkdirSync(path.join(dir, 'themes', 'options'));
  for (const name of folders) {
    mkdirSync(path.join(dir, 'themes', name));
    writeFileSync(path.join(dir, 'themes', name, 'index.ts'), '');
  }
  for (const name of packages) {
    mkdirSync(path.join(dir, 'node_modules', name), { recursive: true });
    writeFileSync(path.join(dir, 'node_modules', name, 'package.json'), JSON.stringify({ name }));
  }
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'site', pressfront: { themes: listed } }),
  );
  return dir;
}

describe('theme discovery', () => {
  it('finds theme folders (not base, not folders without an index.ts) and listed packages', () => {
    const dir = project({ folders: ['zeta', 'alpha'], packages: ['@acme/pressfront-theme-harbour'] });
    expect(discoverThemes(dir)).toEqual([
      { source: 'folder', specifier: './alpha', id: 'alpha' },
      { source: 'folder', specifier: './zeta', id: 'zeta' },
      {
        source: 'package',
        specifier: '@acme/pressfront-theme-harbour',
        id: '@acme/pressfront-theme-harbour',
      },
    ]);
  });

  it('says which listed package is missing, and what the list must be', () => {
    expect(() => discoverThemes(project({ listed: ['not-installed'] }))).toThrow(
      new ThemeDiscoveryError(
        'package.json lists the theme package "not-installed", which is not installed: run npm install not-installed',
      ),
    );
    expect(() => discoverThemes(project({ listed: 'one-package' }))).toThrow(
      /must be a list of package names/,
    );
  });

  it('writes a module that takes folders as they are and completes packages with defineTheme', () => {
    const text = installedModule(discoverThemes(project({ folders: ['alpha'], packages: ['harbour'] })));
    expect(text).toContain("import theme0 from './alpha';");
    expect(text).toContain("import theme1 from 'harbour';");
    expect(text).toMatch(
      /installedThemes: Theme\[\] = \[\n {2}theme0,\n {2}defineTheme\(theme1 as ThemeInput\),\n\];/,
    );
  });

  it('is what themes/installed.ts holds for this checkout', () => {
    expect(readFileSync(path.join(root, 'themes', 'installed.ts'), 'utf8')).toBe(
      installedModule(discoverThemes(root)),
    );
    expect(themeFolders(path.join(root, 'themes')).length).toBeGreaterThan(1);
  });
});
