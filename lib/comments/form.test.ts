import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/translate';
import { parseCommentForm } from './form';

const en = translator('en');

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};
const good = { name: 'Ana', email: 'ana@example.test', url: '', content: 'Well put.', parent: '0' };

describe('parseCommentForm', () => {
  it('accepts a complete comment, trimmed', () => {
    const result = parseCommentForm(form({ ...good, name: '  Ana  ' }), en);
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
    const result = parseCommentForm(form(typed), en);
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
    expect(result.state.fieldErrors.name).toBe('Please give your name.');
  });

  it("says what is wrong in the site's language", () => {
    const result = parseCommentForm(form({ ...good, name: '', url: 'ftp://x' }), translator('pt-PT'));
    expect(result).toMatchObject({
      ok: false,
      state: {
        message: 'Verifique o formulário, por favor.',
        fieldErrors: {
          name: 'Indique o seu nome, por favor.',
          url: 'Um site começa por http:// ou https://.',
        },
      },
    });
  });

  it('refuses over-long fields instead of letting WordPress cut them', () => {
    const result = parseCommentForm(form({ ...good, content: 'x'.repeat(70_000) }), en);
    expect(result.ok).toBe(false);
  });
});
