import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { type Font, type FontCollection, create } from 'fontkitten';
import { convert } from 'fontverter';
import { describe, expect, it } from 'vitest';
import {
  fontsDir,
  instanceFace,
  instancedFaces,
  licenceFiles,
  licenceTexts,
  reservedFontName,
  weightFaces,
  weightParts,
} from './faces';

// The font files cut to the themes' weights (scripts/fonts/faces.ts) are checked in: these tests
// keep them what the generator makes, and hold the instancer to drawing what the package's font
// draws. The checks read the files with fontkitten, not with the HarfBuzz that wrote them.

const isFont = (font: Font | FontCollection): font is Font => 'characterSet' in font;

function open(bytes: Buffer): Font {
  const font = create(bytes);
  if (!isFont(font)) throw new Error('a collection, not a font');
  return font;
}

/** The name table's strings, by fontkitten's names for them (its types leave the table out). */
const nameRecords = (font: Font) =>
  (font as unknown as { name?: { records: Record<string, unknown> } }).name?.records ?? {};

/** Outlines at a weight need the font's tables unpacked (fontkitten reads WOFF2, not its variations). */
const openSfnt = async (file: string) => open(await convert(readFileSync(file), 'sfnt'));

describe('cutting a weight axis', () => {
  it('keeps the themes’ weights whole, and what lies outside them in parts of their own', () => {
    expect(weightParts({ min: 100, max: 900 }, { min: 400, max: 900 })).toEqual([
      { min: 100, max: 399 },
      { min: 400, max: 900 },
    ]);
    expect(weightParts({ min: 100, max: 900 }, { min: 400, max: 700 })).toEqual([
      { min: 100, max: 399 },
      { min: 400, max: 700 },
      { min: 701, max: 900 },
    ]);
    expect(weightParts({ min: 300, max: 800 }, { min: 200, max: 900 })).toEqual([{ min: 300, max: 800 }]);
    expect(() => weightParts({ min: 100, max: 300 }, { min: 400, max: 900 })).toThrow(/none of/);
  });
});

describe('a font whose licence reserves its name', () => {
  it('is told by its copyright notice or its licence’s preamble', () => {
    expect(
      reservedFontName(['© 2014 - 2021 Adobe Systems Incorporated, with Reserved Font Name ‘Source’.']),
    ).toBe('Source');
    expect(reservedFontName(['Copyright 2010 The Authors, with Reserved Font Name "Gentium".'])).toBe(
      'Gentium',
    );
    expect(
      reservedFontName(['Copyright 2016 The Inter Project Authors (https://github.com/rsms/inter)']),
    ).toBe(undefined);
    // The OFL's own text defines the term: that is no reservation.
    expect(reservedFontName(['"Reserved Font Name" refers to any names specified as such'])).toBe(undefined);
  });

  it('is shipped whole: Source Serif reserves “Source”, so its faces are the package’s files', () => {
    const serif = weightFaces().filter((face) => face.font.key === 'source-serif');
    expect(serif.length).toBeGreaterThan(0);
    for (const face of serif) {
      expect(reservedFontName(licenceTexts('@fontsource-variable/source-serif-4', face.source))).toBe(
        'Source',
      );
      expect(face.file).toBe(face.source);
      expect(face.weights).toEqual({ min: 200, max: 900 });
    }
    for (const face of instancedFaces())
      expect(reservedFontName(licenceTexts('@fontsource-variable/inter', face.source))).toBe(undefined);
  });
});

describe('the web fonts’ files', () => {
  it('are one per face in the themes’ weights with its licence beside, and nothing else is in styles/fonts', () => {
    const faces = instancedFaces();
    expect(faces.length).toBeGreaterThan(0);
    for (const face of faces) expect(face.weights).toEqual(face.font.weights);
    const licences = licenceFiles();
    expect(licences.map((licence) => path.basename(licence.file))).toEqual(['inter.LICENSE.txt']);
    for (const { source, file } of licences)
      expect(readFileSync(file, 'utf8')).toBe(readFileSync(source, 'utf8'));
    expect(readdirSync(fontsDir).sort()).toEqual(
      [...faces, ...licences].map((entry) => path.basename(entry.file)).sort(),
    );
    // Every other face is the package's own file, whole.
    const ours = new Set(faces.map((face) => face.name));
    const others = weightFaces().filter((face) => !ours.has(face.name));
    expect(others.length).toBeGreaterThan(0);
    for (const face of others) expect(face.file).toBe(face.source);
  });

  it('carry the themes’ weights alone, and every character of the package’s file', () => {
    for (const face of instancedFaces()) {
      const [ours, theirs] = [open(readFileSync(face.file)), open(readFileSync(face.source))];
      const axis = ours.variationAxes.wght;
      expect({ face: face.name, min: axis?.min, max: axis?.max }).toEqual({
        face: face.name,
        ...face.weights,
      });
      expect(ours.characterSet.length, face.name).toBe(theirs.characterSet.length);
      expect(ours.characterSet, face.name).toEqual(theirs.characterSet);
      // The copyright notice and the licence's address stay in the file.
      const [mine, original] = [nameRecords(ours), nameRecords(theirs)];
      expect(mine.copyright, face.name).toEqual(original.copyright);
      expect(mine.licenseURL, face.name).toEqual(original.licenseURL);
      expect(mine.copyright, face.name).toBeTruthy();
      // And weigh less than the package's file.
      expect(readFileSync(face.file).length, face.name).toBeLessThan(readFileSync(face.source).length);
    }
  });

  it('draw every letter as the package’s font does, at every weight the themes use', async () => {
    for (const face of instancedFaces().filter((face) => /-latin-wght-/.test(face.name))) {
      const [ours, theirs] = [await openSfnt(face.file), await openSfnt(face.source)];
      for (let weight = face.weights.min; weight <= face.weights.max; weight += 100) {
        const [a, b] = [ours.getVariation({ wght: weight }), theirs.getVariation({ wght: weight })];
        let largest = 0;
        let drawn = 0;
        for (const codePoint of theirs.characterSet) {
          const [mine, original] = [a.glyphForCodePoint(codePoint), b.glyphForCodePoint(codePoint)];
          // .notdef (drawn for a missing letter) loses its outline in any HarfBuzz subset.
          if (original.id === 0) continue;
          const [p, q] = [mine.path.commands, original.path.commands];
          expect(
            p.map((c) => c.command),
            `${face.name} U+${codePoint.toString(16)} at ${weight}`,
          ).toEqual(q.map((c) => c.command));
          const deltas = p.flatMap((c, i) => c.args.map((arg, j) => Math.abs(arg - (q[i]?.args[j] ?? NaN))));
          largest = Math.max(largest, ...deltas, Math.abs(mine.advanceWidth - original.advanceWidth));
          drawn += 1;
        }
        // Outlines are whole font units: the instancer's rounding may move a point by one.
        expect({ face: face.name, weight, largest: largest <= 1 }).toEqual({
          face: face.name,
          weight,
          largest: true,
        });
        expect(drawn).toBeGreaterThan(200);
      }
    }
  });

  it('are current: the generator makes the checked-in bytes (npm run fonts:faces)', async () => {
    // The smallest file: the instancer is deterministic, one file tells a changed generator.
    const faces = instancedFaces();
    const smallest = faces.reduce((a, b) =>
      readFileSync(a.file).length <= readFileSync(b.file).length ? a : b,
    );
    expect((await instanceFace(smallest)).equals(readFileSync(smallest.file))).toBe(true);
  });
});
