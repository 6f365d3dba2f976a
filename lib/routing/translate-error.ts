import { notFound } from 'next/navigation';
import { NotFoundError } from '../wordpress/errors';

/**
 * The one place data-layer errors become HTTP outcomes: NotFoundError is the themed 404;
 * anything else (UpstreamError included) goes on to the error page.
 */
export async function loadOrNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

/** A `/page/{n}/` segment as a page number; anything but a whole number ≥ 2 is a 404. */
export function parsePageParam(value: string): number {
  if (!/^[1-9]\d{0,5}$/.test(value)) notFound();
  const page = Number(value);
  // Page 1 lives at the listing's own URL, as in WordPress.
  if (page < 2) notFound();
  return page;
}
