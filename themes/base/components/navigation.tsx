import Link from 'next/link';
import type { NavigationProps } from '../../types';

export function BaseNavigation({ items }: NavigationProps) {
  if (items.length === 0) return null;
  return (
    <nav aria-label="Sections">
      <ul className="flex flex-wrap gap-x-5 gap-y-2 font-sans text-small">
        {items.map((item) => (
          <li key={item.path}>
            <Link href={item.path} className="hover:text-accent hover:underline">
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
