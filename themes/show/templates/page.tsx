import { PostBody } from '@/components/post-body';
import type { PageTemplateProps } from '../../types';

export function PageTemplate({ page }: PageTemplateProps) {
  return (
    <article className="mx-auto max-w-measure px-4 py-10">
      <h1 className="font-display text-3xl font-black leading-tight sm:text-5xl">{page.title}</h1>
      <PostBody html={page.contentHtml} className="pf-prose mt-8" />
    </article>
  );
}
