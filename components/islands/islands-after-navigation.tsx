'use client';

import { usePathname } from 'next/navigation';
import { useEffect } from 'react';
import { markCurrentLinks } from '../navigation/mark-current';
import { init as commentForm } from './comment-form.island';
import { init as passwordForm } from './password-form.island';
import { init as schemeToggle } from './scheme-toggle.island';
import { init as subscribeForm } from './subscribe-form.island';
import { init as warmWebFonts } from './warm-web-fonts.island';

// Where the framework runtime is kept, a client navigation renders the next page without running
// its inline scripts: the islands are set up here again after each one (an island already set up
// is left alone: claim.ts), and the menus, which stay with the layout, are marked for the new page.
const islands = [schemeToggle, subscribeForm, commentForm, passwordForm, warmWebFonts];

export function IslandsAfterNavigation() {
  const pathname = usePathname();
  useEffect(() => {
    for (const init of islands) init(document);
    markCurrentLinks(document, pathname);
  }, [pathname]);
  return null;
}
