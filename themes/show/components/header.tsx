import Link from 'next/link';
import type { HeaderProps } from '../../types';

/** A bold masthead over a red rule, with the sections as a bar below. */
export function ShowHeader({ site, navigation, slots }: HeaderProps) {
  const { Navigation, SearchForm, SchemeToggle } = slots;
  return (
    <header className="border-b-4 border-accent">
      <div className="mx-auto flex max-w-wide flex-wrap items-end justify-between gap-4 px-gutter pt-6 sm:pt-8">
        <div>
          <p className="font-display text-3xl font-black uppercase tracking-tight sm:text-5xl">
            <Link href="/" className="hover:text-accent">
              {site.name}
            </Link>
          </p>
          {site.description && <p className="mt-2 text-small text-muted sm:text-base">{site.description}</p>}
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <SearchForm />
          <SchemeToggle />
        </div>
      </div>
      <div className="mx-auto mt-4 max-w-wide border-t border-border px-gutter py-3 font-semibold uppercase tracking-wide">
        <Navigation items={navigation} />
      </div>
    </header>
  );
}
