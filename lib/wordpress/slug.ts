/**
 * Whether `slug` could be a WordPress slug at all. WordPress stores slugs sanitized (lowercase,
 * percent-encoded UTF-8, at most 200 characters); anything else cannot match, so we answer 404
 * without asking WordPress.
 */
export function isPlausibleSlug(slug: string): boolean {
  return slug.length > 0 && slug.length <= 200 && /^[\p{L}\p{N}%_.~-]+$/u.test(slug) && !slug.includes('..');
}
