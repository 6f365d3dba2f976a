import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Message } from './catalogue';
import { en } from './messages/en';
import { catalogueLanguage, installedCatalogues, translator } from './translate';

const placeholders = (message: Message) =>
  [
    ...new Set(
      Object.values(typeof message === 'string' ? { other: message } : message).flatMap(
        (m) => m.match(/\{\w+\}/g) ?? [],
      ),
    ),
  ].sort();

describe('message catalogues', () => {
  it('ships English and at least two more, one of them right to left', () => {
    expect(Object.keys(installedCatalogues)).toEqual(expect.arrayContaining(['en', 'pt', 'ar']));
  });

  it.each(Object.entries(installedCatalogues))(
    '%s has every key, with the same placeholders',
    (_, catalogue) => {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
      for (const [key, message] of Object.entries(en)) {
        const theirs = catalogue[key as keyof typeof en]!;
        // A plural form may say the number in words ("one comment") rather than {count}.
        const expected = placeholders(message).filter((p) => p !== '{count}');
        expect(
          placeholders(theirs).filter((p) => p !== '{count}'),
          key,
        ).toEqual(expected);
      }
    },
  );
});

describe('translator', () => {
  afterEach(() => vi.restoreAllMocks());

  it('finds the catalogue for a WordPress language, else English', () => {
    expect(catalogueLanguage('pt_PT')).toBe('pt');
    expect(catalogueLanguage('pt-BR')).toBe('pt');
    expect(catalogueLanguage('ar')).toBe('ar');
    expect(catalogueLanguage('ja')).toBe('en');
  });

  it('fills in variables and picks plural forms by the language’s rules', () => {
    expect(translator('en-US')('comments.count', { count: 1 })).toBe('1 comment');
    expect(translator('en-US')('comments.count', { count: 3 })).toBe('3 comments');
    expect(translator('pt-PT')('pagination.position', { page: 2, total: 5 })).toBe('Página 2 de 5');
    const ar = translator('ar');
    expect([0, 1, 2, 3, 11, 100].map((count) => ar('comments.count', { count }))).toEqual([
      'لا تعليقات',
      'تعليق واحد',
      'تعليقان',
      '3 تعليقات',
      '11 تعليقًا',
      '100 تعليق',
    ]);
  });

  it('takes WordPress’s own spelling of a locale (pt_PT) and ones Intl does not know', () => {
    expect(translator('pt_PT')('comments.count', { count: 0 })).toBe('0 comentários');
    expect(translator('pt_BR')('comments.count', { count: 1 })).toBe('1 comentário');
    // Made after pt_PT's, with the same words: Brazil's rules still (0 is "one" there).
    expect(translator('pt_BR')('comments.count', { count: 0 })).toBe('0 comentário');
    expect(translator('pt_PT')('comments.count', { count: 0 })).toBe('0 comentários');
    expect(translator('ar_XX_bogus')('comments.count', { count: 2 })).toBe('تعليقان');
  });

  it('lets a theme add or override strings, per language', () => {
    const t = translator('pt-PT', { pt: { 'post.featured': 'Em destaque' } }, 'override-test');
    expect(t('post.featured')).toBe('Em destaque');
    expect(t('search.button')).toBe('Pesquisar');
  });

  it('shows English for a key a catalogue lacks, and says so once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    installedCatalogues.xx = { 'search.button': 'X' };
    const partial = translator('xx');
    expect(partial('search.button')).toBe('X');
    expect(partial('post.featured')).toBe('Featured');
    expect(partial('post.featured')).toBe('Featured');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('No \\"xx\\" text for \\"post.featured\\"');
    delete installedCatalogues.xx;
  });
});
