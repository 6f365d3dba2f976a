import { samePath } from '@/lib/util/same-path';

/**
 * Marks the menu links of `root` for the page at `pathname`, as the server marks them in the
 * document (nav-link.tsx): the current page's link `aria-current="page"`, the link of the section
 * it is in `data-current-section`. For client navigations, where the layout and its menus stay
 * and the server's marks are the previous page's (islands-after-navigation.tsx).
 */
export function markCurrentLinks(root: ParentNode, pathname: string): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-nav-link]')) {
    const href = link.getAttribute('href') ?? '';
    const current = samePath(href, pathname);
    const descendants = (link.dataset.descendants ?? '').split(' ').filter(Boolean);
    const inSection = !current && descendants.some((path) => samePath(path, pathname));
    if (current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
    if (inSection) link.setAttribute('data-current-section', '');
    else link.removeAttribute('data-current-section');
  }
}
