import { SiteLink } from '@/components/site-link';
import type { ReactNode } from 'react';
import { currentPath } from './current-path';
import { samePath } from '@/lib/util/same-path';

interface NavLinkProps {
  href: string;
  /** Paths of the item's children: when one is current, this item is marked as its section. */
  descendants?: string[];
  className?: string;
  children: ReactNode;
}

/**
 * A menu link that says whether it is the current page (aria-current="page") or the section the
 * current page is in (data-current-section), so every theme can style both: marked by the server
 * in the document itself (the path the proxy names), and after a client navigation by
 * mark-current.ts from the attributes here.
 */
export async function NavLink({ href, descendants = [], className, children }: NavLinkProps) {
  const external = /^[a-z][a-z0-9+.-]*:/i.test(href);
  if (external) {
    return (
      <a href={href} className={className} rel="noopener noreferrer">
        {children}
      </a>
    );
  }
  const here = await currentPath();
  const current = here !== '' && samePath(href, here);
  const inSection = here !== '' && !current && descendants.some((path) => samePath(path, here));
  return (
    <SiteLink
      href={href}
      className={className}
      data-nav-link=""
      data-descendants={descendants.length > 0 ? descendants.join(' ') : undefined}
      aria-current={current ? 'page' : undefined}
      data-current-section={inSection ? '' : undefined}
    >
      {children}
    </SiteLink>
  );
}
