import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { NotFoundError } from '@/lib/wordpress/errors';

/**
 * The one place routes load WordPress data and data-layer errors become HTTP outcomes:
 * NotFoundError is the themed 404; anything else (UpstreamError included) goes on to the error page.
 */
export async function loadOrNotFound<T>(load: () => Promise<T>): Promise<T> {
  // Request time only: `next build` must neither need WordPress nor bake its content into pages.
  await connection();
  try {
    return await load();
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

/**
 * Splits a catch-all archive path into the archive's own segments and the page number:
 * `['science', 'climate', 'page', '2']` → `{ segments: ['science', 'climate'], page: 2 }`.
 */
export function splitPaging(segments: string[]): { segments: string[]; page: number } {
  const n = segments.length;
  if (n >= 2 && segments[n - 2] === 'page') {
    return { segments: segments.slice(0, n - 2), page: parsePageParam(segments[n - 1] ?? '') };
  }
  return { segments, page: 1 };
}

/** A `/page/{n}/` segment as a page number; anything but a whole number ≥ 2 is a 404. */
export function parsePageParam(value: string): number {
  if (!/^[1-9]\d{0,5}$/.test(value)) notFound();
  const page = Number(value);
  // Page 1 lives at the listing's own URL, as in WordPress.
  if (page < 2) notFound();
  return page;
}
