import type { PageInfo } from './types';

/** Reads WordPress's X-WP-Total / X-WP-TotalPages headers into a PageInfo. */
export function pageInfoFromHeaders(headers: Headers, page: number, perPage: number): PageInfo {
  const total = toCount(headers.get('X-WP-Total'));
  const totalPages = toCount(headers.get('X-WP-TotalPages'));
  return {
    page,
    perPage,
    total,
    totalPages,
    hasPrevious: page > 1,
    hasNext: page < totalPages,
  };
}

function toCount(value: string | null): number {
  const n = value === null ? NaN : Number(value);
  return Number.isInteger(n) && n >= 0 ? n : 0;
}
