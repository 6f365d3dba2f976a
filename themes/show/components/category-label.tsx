import { SiteLink } from '@/components/site-link';
import type { CategoryLabelProps } from '../../_engine/types';

/** The magazine kicker: small, red, spaced capitals. */
export function ShowCategoryLabel({ category }: CategoryLabelProps) {
  if (!category) return null;
  return (
    <SiteLink
      href={category.path}
      className="font-sans text-xs font-bold uppercase tracking-widest text-accent hover:underline"
    >
      {category.name}
    </SiteLink>
  );
}
