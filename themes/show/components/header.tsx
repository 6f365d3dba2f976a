import Link from 'next/link';
import type { Site } from '@/lib/wordpress';

export function Header({ site }: { site: Site }) {
  return (
    <header className="border-b-4 border-accent">
      <div className="mx-auto max-w-wide px-4 py-6 sm:py-8">
        <p className="font-display text-3xl font-black uppercase tracking-tight sm:text-5xl">
          <Link href="/" className="hover:text-accent">
            {site.name}
          </Link>
        </p>
        {site.description && <p className="mt-2 text-sm text-muted sm:text-base">{site.description}</p>}
      </div>
    </header>
  );
}
