import { SiteLink } from '@/components/site-link';
import type { CategoryLabelProps } from '../../_engine/types';

export function BaseCategoryLabel({ category }: CategoryLabelProps) {
  if (!category) return null;
  return (
    <SiteLink href={category.path} className="font-sans text-small font-semibold text-accent hover:underline">
      {category.name}
    </SiteLink>
  );
}
