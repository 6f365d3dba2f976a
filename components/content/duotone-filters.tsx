import type { DuotoneFilter } from '@/lib/wordpress';

// The SVG filters a body's duotone images name (`filter: url(#wp-duotone-…)` in the CSS WordPress
// generated for its blocks), drawn as WordPress draws them (WP_Duotone::get_filter_svg): the
// image's luminance, then a table per channel from the first colour (dark) to the last (light).
// Written by React from numbers we computed, never from WordPress's markup. Sizeless and hidden:
// only its filters are used.

const LUMINANCE = '.299 .587 .114 0 0 .299 .587 .114 0 0 .299 .587 .114 0 0 .299 .587 .114 0 0';
const table = (values: number[]) => values.map((v) => Number(v.toFixed(4))).join(' ');

export function DuotoneFilters({ filters }: { filters: readonly DuotoneFilter[] }) {
  if (filters.length === 0) return null;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width="0"
      height="0"
      focusable="false"
      aria-hidden="true"
      style={{ position: 'absolute', visibility: 'hidden', overflow: 'hidden', insetInlineStart: '-9999px' }}
    >
      <defs>
        {filters.map((filter) => (
          <filter key={filter.id} id={filter.id}>
            <feColorMatrix colorInterpolationFilters="sRGB" type="matrix" values={LUMINANCE} />
            <feComponentTransfer colorInterpolationFilters="sRGB">
              <feFuncR type="table" tableValues={table(filter.r)} />
              <feFuncG type="table" tableValues={table(filter.g)} />
              <feFuncB type="table" tableValues={table(filter.b)} />
              <feFuncA type="table" tableValues="1 1" />
            </feComponentTransfer>
            <feComposite in2="SourceGraphic" operator="in" />
          </filter>
        ))}
      </defs>
    </svg>
  );
}
