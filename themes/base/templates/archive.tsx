import type { MessageKey } from '@/lib/i18n/translate';
import type { Archive, Translate } from '../../_engine/types';
import { templateFor } from '../../_engine/template-for';
import { PostList } from './listing';

/** What an archive is of, in the theme's words; a post type's archive is named by its title alone. */
const kindLabel: Partial<Record<Archive['kind'], MessageKey>> = {
  category: 'archive.category',
  tag: 'archive.tag',
  author: 'archive.author',
  date: 'archive.date',
};

/** WordPress's word for what a taxonomy's archive is of ("Venue"), or the theme's for the kinds it knows. */
function archiveLabel(archive: Archive, t: Translate): string | null {
  if (archive.label) return archive.label;
  const key = kindLabel[archive.kind];
  return key ? t(key) : null;
}

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
  const label = archiveLabel(archive, t);
  return (
    <div className="mx-auto max-w-wide px-gutter py-section">
      <header className="border-b border-border pb-8">
        {label && (
          <p className="font-sans text-small font-bold uppercase tracking-widest text-accent">{label}</p>
        )}
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
