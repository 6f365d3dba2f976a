'use client';

import { usePathname } from 'next/navigation';
import { useEffect } from 'react';
import { init as schemeToggle } from './scheme-toggle.island';

// Where the framework runtime is kept, a client navigation renders the next page without running
// its inline scripts: the islands are set up here again after each one. An island already set up
// is left alone (claim.ts).
const islands = [schemeToggle];

export function IslandsAfterNavigation() {
  const pathname = usePathname();
  useEffect(() => {
    for (const init of islands) init(document);
  }, [pathname]);
  return null;
}
