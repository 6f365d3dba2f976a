import type { MessageKey } from '@/lib/i18n/translate';
import { templateFor } from '../../_engine/template-for';
import { PostList } from './listing';

const kindLabel = {
  category: 'archive.category',
  tag: 'archive.tag',
  author: 'archive.author',
  date: 'archive.date',
} as const satisfies Record<string, MessageKey>;

/** The author's avatar from WordPress, or their initials when the site shows no avatars. */
function AuthorAvatar({ name, url }: { name: string; url: string | null }) {
  if (url) {
    // eslint-disable-next-line @next/next/no-img-element -- WordPress's own avatar URL, sized by WordPress.
    return <img src={url} alt="" width={64} height={64} className="size-16 rounded-full" />;
  }
  const initials = name
    .split(/\s+/)
    .map((word) => word[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();
  return (
    <span
      aria-hidden="true"
      className="flex size-16 shrink-0 items-center justify-center rounded-full bg-accent font-sans text-h3 font-bold text-accent-fg"
    >
      {initials}
    </span>
  );
}

export const BaseArchive = templateFor('archive', ({ site, view, slots, options, t }) => {
  const { Pagination } = slots;
  const { archive, posts } = view;
  return (
    <div className="mx-auto max-w-wide px-gutter py-section">
      <header className="border-b border-border pb-8">
        <p className="font-sans text-small font-bold uppercase tracking-widest text-accent">
          {t(kindLabel[archive.kind])}
        </p>
        <div className="mt-2 flex items-center gap-4">
          {archive.kind === 'author' && <AuthorAvatar name={archive.title} url={archive.avatarUrl ?? null} />}
          <h1 className="font-display text-h1 font-bold">{archive.title}</h1>
        </div>
        {archive.description && (
          <p className="mt-3 max-w-measure font-body text-lead text-muted">{archive.description}</p>
        )}
      </header>
      <div className="mt-10">
        {posts.items.length > 0 ? (
          <PostList t={t} posts={posts.items} site={site} slots={slots} options={options} />
        ) : (
          <p className="text-muted">{t('archive.empty')}</p>
        )}
      </div>
      <Pagination t={t} pageInfo={posts.pageInfo} basePath={archive.path} />
    </div>
  );
});
