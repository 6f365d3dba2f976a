import Link from 'next/link';
import type { HeaderProps } from '../../types';

export function BaseHeader({ site, navigation, slots }: HeaderProps) {
  const { Navigation, SearchForm, SchemeToggle } = slots;
  return (
    <header className="border-b border-border">
      <div className="mx-auto flex max-w-wide flex-wrap items-center justify-between gap-4 px-gutter py-6">
        <div>
          <p className="font-display text-h2 font-bold">
            <Link href="/" className="hover:text-accent">
              {site.name}
            </Link>
          </p>
          {site.description && <p className="mt-1 text-small text-muted">{site.description}</p>}
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <SearchForm />
          <SchemeToggle />
        </div>
      </div>
      <div className="mx-auto max-w-wide px-gutter pb-3">
        <Navigation items={navigation} />
      </div>
    </header>
  );
}
