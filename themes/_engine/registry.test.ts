import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { themeFolders, themePackages } from '@/scripts/themes/discovery';
import { DEFAULT_THEME, getActiveTheme, getTheme, themes } from './registry';

// The theme folders and packages, as the registry must list them: no names written down here.
const folders = themeFolders(path.join(__dirname, '..'));
const packages = themePackages(path.join(__dirname, '..', '..'));
const another = folders.find((name) => name !== DEFAULT_THEME) ?? DEFAULT_THEME;

describe('theme registry', () => {
  it('has the default theme', () => {
    expect(getTheme(DEFAULT_THEME).name).toBe(DEFAULT_THEME);
  });

  it('names the installed themes when asked for a missing one', () => {
    expect(() => getTheme('nope')).toThrow(
      `PRESSFRONT_THEME "nope" is not installed (installed: ${Object.keys(themes).join(', ')})`,
    );
    for (const folder of folders) expect(() => getTheme('nope')).toThrow(folder);
  });

  it('registers every theme folder under its folder name, and every theme package', () => {
    for (const folder of folders) expect(themes[folder]?.name).toBe(folder);
    expect(Object.keys(themes)).toHaveLength(folders.length + packages.length);
    for (const [key, theme] of Object.entries(themes)) expect(theme.name).toBe(key);
  });

  it('does not answer for inherited object keys', () => {
    expect(() => getTheme('constructor')).toThrow(/not installed/);
  });
});

describe('the active theme', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  beforeEach(() => warn.mockClear());

  it('is the one activated in WordPress, when the server does not pin one', () => {
    expect(getActiveTheme({ theme: another }, null).name).toBe(another);
    expect(getActiveTheme({ theme: null }, null).name).toBe(DEFAULT_THEME);
  });

  it('is the pinned one, whatever WordPress says', () => {
    expect(getActiveTheme({ theme: DEFAULT_THEME }, another).name).toBe(another);
    expect(getActiveTheme({ theme: null }, another).name).toBe(another);
  });

  it('is the default when WordPress names one this server does not have, said once in the log', () => {
    expect(getActiveTheme({ theme: 'removed-in-a-deploy' }, null).name).toBe(DEFAULT_THEME);
    expect(getActiveTheme({ theme: 'removed-in-a-deploy' }, null).name).toBe(DEFAULT_THEME);
    expect(warn).toHaveBeenCalledTimes(1);
    const line = JSON.parse(String(warn.mock.calls[0]?.[0])) as { source: string; message: string };
    expect(line.source).toBe('themes');
    expect(line.message).toMatch(/"removed-in-a-deploy", which this server does not have/);
  });
});
