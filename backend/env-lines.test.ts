import { describe, expect, it } from 'vitest';
import { readEnvLines } from './env-lines';

describe('readEnvLines', () => {
  it('reads plain and single-quoted values, the last of a name winning', () => {
    const text = [
      'PRESSFRONT_WP_STATE=/home/a developer/pressfront/.pressfront',
      'WORDPRESS_URL=http://127.0.0.1:8790',
      "WORDPRESS_APP_PASSWORD='abcd efgh ijkl'",
      'PRESSFRONT_WP_VERSION=6.8.1',
      "EMPTY=''",
      'WORDPRESS_URL=http://127.0.0.1:8890',
    ].join('\n');
    expect(readEnvLines(text)).toEqual({
      PRESSFRONT_WP_STATE: '/home/a developer/pressfront/.pressfront',
      WORDPRESS_URL: 'http://127.0.0.1:8890',
      WORDPRESS_APP_PASSWORD: 'abcd efgh ijkl',
      PRESSFRONT_WP_VERSION: '6.8.1',
      EMPTY: '',
    });
  });

  it('skips what is not a variable line: log lines, lower-case names, unbalanced quotes', () => {
    const text = ['[wp] backend: native — reason', 'lower=case', "HALF='open", '', '  PADDED=kept  '].join(
      '\r\n',
    );
    expect(readEnvLines(text)).toEqual({ PADDED: 'kept' });
  });
});
