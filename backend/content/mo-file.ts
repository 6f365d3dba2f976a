/**
 * A GNU gettext .mo file holding one translation. WordPress accepts only installed languages and
 * none can be downloaded here: a one-entry file in wp-content/languages installs one (WordPress's
 * own strings stay English; ours come from our catalogues, dates from Intl).
 */
export function moFile(original: string, translation: string): Buffer {
  const orig = Buffer.from(`${original}\0`);
  const trans = Buffer.from(`${translation}\0`);
  const header = Buffer.alloc(44);
  const stringsAt = 44;
  [0x950412de, 0, 1, 28, 36, 0, stringsAt + orig.length + trans.length].forEach((v, i) =>
    header.writeUInt32LE(v, i * 4),
  );
  header.writeUInt32LE(orig.length - 1, 28);
  header.writeUInt32LE(stringsAt, 32);
  header.writeUInt32LE(trans.length - 1, 36);
  header.writeUInt32LE(stringsAt + orig.length, 40);
  return Buffer.concat([header, orig, trans]);
}
