import { describe, expect, it } from 'vitest';
import { htmlToText, readingMinutes } from './text';

describe('htmlToText', () => {
  it('decodes entities and drops tags', () => {
    expect(htmlToText('Tom &amp; Jerry&#8217;s <em>big</em> day &hellip;')).toBe('Tom & Jerry’s big day …');
  });

  it('collapses whitespace and keeps words of adjacent blocks apart', () => {
    expect(htmlToText('<p>a</p>\n\n<p>b</p>')).toBe('a b');
    expect(htmlToText('<p>a</p><p>b</p><ul><li>c</li><li>d</li></ul>')).toBe('a b c d');
    expect(htmlToText('  a \n b  ')).toBe('a b');
  });

  it('keeps inline markup inside words and drops script text', () => {
    expect(htmlToText('un<em>believ</em>able<script>alert(1)</script>')).toBe('unbelievable');
  });
});

describe('readingMinutes', () => {
  it('counts about 220 words a minute, at least one', () => {
    expect(readingMinutes(htmlToText('<p>short</p>'))).toBe(1);
    expect(readingMinutes(htmlToText(`<p>${'word '.repeat(1100)}</p>`))).toBe(5);
  });
});
