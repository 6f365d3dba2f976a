'use client';

import { SiteLink } from '@/components/site-link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

interface NavLinkProps {
  href: string;
  /** Paths of the item's children: when one is current, this item is marked as its section. */
  descendants?: string[];
  className?: string;
  children: ReactNode;
}

/**
 * A menu link that knows whether it is the current page (aria-current="page") or the section the
 * current page is in (data-current-section), so every theme can style both.
 */
export function NavLink({ href, descendants = [], className, children }: NavLinkProps) {
  const pathname = usePathname();
  const current = pathname === href;
  const inSection = !current && descendants.includes(pathname);
  const external = /^[a-z][a-z0-9+.-]*:/i.test(href);
  if (external) {
    return (
      <a href={href} className={className} rel="noopener noreferrer">
        {children}
      </a>
    );
  }
  return (
    <SiteLink
      href={href}
      className={className}
      aria-current={current ? 'page' : undefined}
      data-current-section={inSection ? '' : undefined}
    >
      {children}
    </SiteLink>
  );
}
