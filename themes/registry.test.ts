import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getTheme, themes } from './registry';

describe('theme registry', () => {
  it('has the default theme', () => {
    expect(getTheme('show').name).toBe('show');
  });

  it('names the installed themes when asked for a missing one', () => {
    expect(() => getTheme('nope')).toThrow(
      'PRESSFRONT_THEME "nope" is not installed (installed: show, paper, minimal)',
    );
  });

  it('registers every theme folder, under its folder name', () => {
    const folders = readdirSync(__dirname).filter(
      (name) => name !== 'base' && statSync(path.join(__dirname, name)).isDirectory(),
    );
    expect(Object.keys(themes).sort()).toEqual(folders.sort());
    for (const [key, theme] of Object.entries(themes)) expect(theme.name).toBe(key);
  });

  it('does not answer for inherited object keys', () => {
    expect(() => getTheme('constructor')).toThrow(/not installed/);
  });
});
