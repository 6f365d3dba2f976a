// Colours as #rrggbb, the one form our tokens and contrast checks read.

/** #rrggbb for a hex or rgb() colour; null for anything else (named colours, functions we do not mix). */
export function toHex(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim().toLowerCase();
  let m = /^#([0-9a-f]{3,4})$/.exec(v);
  if (m?.[1]) return `#${[...m[1].slice(0, 3)].map((c) => c + c).join('')}`;
  m = /^#([0-9a-f]{6})([0-9a-f]{2})?$/.exec(v);
  if (m?.[1]) return `#${m[1]}`;
  const rgb = /^rgba?\(\s*(\d{1,3})[\s,]+(\d{1,3})[\s,]+(\d{1,3})\s*([,/]\s*[\d.]+%?\s*)?\)$/.exec(v);
  if (rgb) {
    const channels = [rgb[1], rgb[2], rgb[3]].map((c) => Math.min(255, Number(c)));
    return `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  }
  if (v === 'white') return '#ffffff';
  if (v === 'black') return '#000000';
  return null;
}

/** `a` moved toward `b` by `amount` (0–1), in sRGB. */
export function mix(a: string, b: string, amount: number): string {
  const parse = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  const [x, y] = [parse(a), parse(b)];
  return `#${x
    .map((c, i) =>
      Math.round(c + ((y[i] ?? c) - c) * amount)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}
