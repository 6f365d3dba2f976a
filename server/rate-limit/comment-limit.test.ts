import { describe, expect, it } from 'vitest';
import { allowComment } from './comment-limit';

describe('allowComment', () => {
  it('lets a reader post five comments a minute, then asks them to wait', () => {
    const start = 1_000_000;
    for (let i = 0; i < 5; i++) expect(allowComment('203.0.113.7', start + i)).toBe(true);
    expect(allowComment('203.0.113.7', start + 10)).toBe(false);
    // Another reader is not held up by the first.
    expect(allowComment('198.51.100.2', start + 10)).toBe(true);
    // A minute later the first may post again.
    expect(allowComment('203.0.113.7', start + 60_001)).toBe(true);
  });
});
