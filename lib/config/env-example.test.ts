import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { envSchema } from './schema';

// `.env.example` is where an operator learns the configuration: it must name every variable the
// schema reads, and nothing the schema does not.
const example = readFileSync(path.join(__dirname, '..', '..', '.env.example'), 'utf8');
const documented = [...example.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]);
const read = Object.keys(envSchema.shape);

describe('.env.example', () => {
  it('documents every variable the configuration reads', () => {
    expect(read.filter((name) => !documented.includes(name))).toEqual([]);
  });

  it('documents nothing the configuration does not read', () => {
    expect(documented.filter((name) => name === undefined || !read.includes(name))).toEqual([]);
  });

  it('says what each one is for, in a comment just above it', () => {
    const lines = example.split('\n');
    const undocumented = lines
      .map((line, i) => ({ line, above: lines[i - 1] ?? '' }))
      .filter(({ line, above }) => /^[A-Z]/.test(line) && !above.startsWith('#') && !/^[A-Z]/.test(above));
    expect(undocumented.map(({ line }) => line)).toEqual([]);
  });
});
