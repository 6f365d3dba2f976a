import Link from 'next/link';
import type { NotFoundTemplateProps } from '../../types';

export function NotFoundTemplate({ site }: NotFoundTemplateProps) {
  return (
    <div className="mx-auto max-w-measure px-4 py-20 text-center">
      <p className="font-sans text-sm font-bold uppercase tracking-widest text-accent">Error 404</p>
      <h1 className="mt-3 font-display text-4xl font-black">Page not found</h1>
      <p className="mt-4 font-body text-lg text-muted">
        There is nothing at this address on {site.name}. It may have moved, or the link may be mistyped.
      </p>
      <p className="mt-8">
        <Link
          href="/"
          className="rounded-card bg-accent px-4 py-2 font-semibold text-accent-fg hover:opacity-90"
        >
          Go to the front page
        </Link>
      </p>
    </div>
  );
}
