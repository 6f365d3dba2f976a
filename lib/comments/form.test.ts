import { describe, expect, it } from 'vitest';
import { parseCommentForm } from './form';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};
const good = { name: 'Ana', email: 'ana@example.test', url: '', content: 'Well put.', parent: '0' };

describe('parseCommentForm', () => {
  it('accepts a complete comment, trimmed', () => {
    const result = parseCommentForm(form({ ...good, name: '  Ana  ' }));
    expect(result).toEqual({ ok: true, values: { ...good, name: 'Ana' } });
  });

  it('names every field that is wrong and gives back everything typed', () => {
    const typed = {
      name: '',
      email: 'not-an-address',
      url: 'javascript:alert(1)',
      content: '  ',
      parent: 'x',
    };
    const result = parseCommentForm(form(typed));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.state.fieldErrors).sort()).toEqual([
      'content',
      'email',
      'name',
      'parent',
      'url',
    ]);
    expect(result.state.values).toEqual(typed);
    expect(result.state.status).toBe('error');
  });

  it('refuses over-long fields instead of letting WordPress cut them', () => {
    const result = parseCommentForm(form({ ...good, content: 'x'.repeat(70_000) }));
    expect(result.ok).toBe(false);
  });
});
