import Link from 'next/link';
import type { CategoryLabelProps } from '../../types';

/** The magazine kicker: small, red, spaced capitals. */
export function ShowCategoryLabel({ category }: CategoryLabelProps) {
  if (!category) return null;
  return (
    <Link
      href={category.path}
      className="font-sans text-xs font-bold uppercase tracking-widest text-accent hover:underline"
    >
      {category.name}
    </Link>
  );
}
