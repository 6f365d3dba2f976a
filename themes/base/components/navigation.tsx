import { NavLink } from '@/components/navigation/nav-link';
import type { NavItem } from '@/lib/wordpress';
import type { NavigationProps } from '../../_engine/types';

const descendantsOf = (item: NavItem): string[] =>
  (item.children ?? []).flatMap((child) => [child.path, ...descendantsOf(child)]);

const linkClass =
  'hover:text-accent hover:underline aria-[current=page]:font-bold aria-[current=page]:text-accent data-[current-section]:text-accent';

/**
 * The site's menu. Sub-items open under their parent on hover and keyboard focus (focus-within),
 * so they are reachable without JavaScript; on small screens they sit inline after their parent.
 */
export function BaseNavigation({ items, label }: NavigationProps) {
  if (items.length === 0) return null;
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-x-5 gap-y-2 font-sans text-small">
        {items.map((item) => (
          <li key={`${item.path}-${item.label}`} className="group relative">
            <NavLink href={item.path} descendants={descendantsOf(item)} className={linkClass}>
              {item.label}
            </NavLink>
            {item.children && (
              <ul className="ms-3 inline-flex gap-3 sm:absolute sm:start-0 sm:top-full sm:z-20 sm:ms-0 sm:hidden sm:min-w-40 sm:flex-col sm:gap-2 sm:rounded-card sm:border sm:border-border sm:bg-bg sm:p-3 sm:shadow-sm sm:group-focus-within:flex sm:group-hover:flex">
                {item.children.map((child) => (
                  <li key={`${child.path}-${child.label}`}>
                    <NavLink href={child.path} descendants={descendantsOf(child)} className={linkClass}>
                      {child.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
