import Link from 'next/link';
import type { Term } from '@/lib/wordpress';

export function CategoryLabel({ category }: { category: Term | undefined }) {
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
