import { SiteLink } from '@/components/site-link';
import type { NotFoundProps } from '../../types';

export function BaseNotFound({ site, slots }: NotFoundProps) {
  const { SearchForm } = slots;
  return (
    <div className="mx-auto max-w-measure px-gutter py-20 text-center">
      <p className="font-sans text-small font-bold uppercase tracking-widest text-accent">Error 404</p>
      <h1 className="mt-3 font-display text-h1 font-bold">Page not found</h1>
      <p className="mt-4 font-body text-lead text-muted">
        There is nothing at this address on {site.name}. It may have moved, or the link may be mistyped.
      </p>
      <div className="mt-8 flex flex-col items-center gap-6">
        <SearchForm />
        <SiteLink
          href="/"
          className="rounded-card bg-accent px-4 py-2 font-semibold text-accent-fg hover:opacity-90"
        >
          Go to the front page
        </SiteLink>
      </div>
    </div>
  );
}
