import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackendError, layoutOf, type Layout } from './layout';
import { copyWordPressFiles, isRelease, versionIn } from './wordpress-files';

let dir: string;
let layout: Layout;

/** A folder that looks like WordPress VERSION to the code under test. */
function fakeWordPress(folder: string, version: string): string {
  mkdirSync(path.join(folder, 'wp-includes'), { recursive: true });
  writeFileSync(path.join(folder, 'wp-load.php'), '<?php');
  writeFileSync(path.join(folder, 'wp-includes', 'version.php'), `<?php\n$wp_version = '${version}';\n`);
  return folder;
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pressfront-wordpress-files-'));
  layout = layoutOf({ PRESSFRONT_STATE_DIR: path.join(dir, 'state') });
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe('versionIn and isRelease', () => {
  it('read the version a WordPress folder holds, and match it to a release', () => {
    expect(versionIn(fakeWordPress(path.join(dir, 'wp'), '6.8.3'))).toBe('6.8.3');
    expect(versionIn(dir)).toBeNull();
    expect(isRelease('6.8.3', '6.8')).toBe(true);
    expect(isRelease('6.8', '6.8')).toBe(true);
    expect(isRelease('6.8-RC1', '6.8')).toBe(true);
    expect(isRelease('6.80', '6.8')).toBe(false);
    expect(isRelease('6.1.1', '6.8')).toBe(false);
  });
});

describe('copyWordPressFiles from PRESSFRONT_WORDPRESS_FILES', () => {
  it('copies the folder with its links resolved, leaving out links that lead nowhere', () => {
    const source = fakeWordPress(path.join(dir, 'source'), '6.8.3');
    mkdirSync(path.join(dir, 'libraries'));
    writeFileSync(path.join(dir, 'libraries', 'lodash.js'), '/* lodash */');
    // As Debian's tree links into its other packages, and into /etc.
    symlinkSync(path.join(dir, 'libraries', 'lodash.js'), path.join(source, 'wp-includes', 'lodash.js'));
    symlinkSync(path.join(dir, 'nowhere.crt'), path.join(source, 'wp-includes', 'ca-bundle.crt'));
    vi.stubEnv('PRESSFRONT_WORDPRESS_FILES', source);

    const to = path.join(dir, 'copy');
    copyWordPressFiles(layout, to);

    expect(versionIn(to)).toBe('6.8.3');
    expect(readFileSync(path.join(to, 'wp-includes', 'lodash.js'), 'utf8')).toBe('/* lodash */');
    expect(existsSync(path.join(to, 'wp-includes', 'ca-bundle.crt'))).toBe(false);
    expect(existsSync(`${to}.partial`)).toBe(false);
  });

  it('refuses a folder without WordPress, or with another version, in one line naming what to do', () => {
    vi.stubEnv('PRESSFRONT_WORDPRESS_FILES', dir);
    expect(() => copyWordPressFiles(layout, path.join(dir, 'copy'))).toThrow(
      new BackendError(`PRESSFRONT_WORDPRESS_FILES (${dir}) holds no WordPress (no wp-load.php)`),
    );
    vi.stubEnv('PRESSFRONT_WORDPRESS_FILES', fakeWordPress(path.join(dir, 'old'), '6.1.1'));
    expect(() => copyWordPressFiles(layout, path.join(dir, 'copy'))).toThrow(
      'PRESSFRONT_WORDPRESS_FILES holds WordPress 6.1.1, not 6.8: point it at 6.8’s files, or set PRESSFRONT_WP_VERSION',
    );
    expect(existsSync(path.join(dir, 'copy'))).toBe(false);
  });
});
