import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { renderView } from '@/app/_theme/render-view';
import { DraftBar } from '@/components/draft-bar';
import { translator } from '@/lib/i18n/translate';
import { maySeeDraft } from '@/server/preview/draft-session';
import { getSiteOrFallback } from '@/server/routing/request-site';
import { loadOrNotFound } from '@/server/routing/translate-error';
import { getDraft } from '@/lib/wordpress';

interface Props {
  params: Promise<{ type: string; id: string }>;
}

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSiteOrFallback();
  return { title: translator(site.language)('draft.label'), robots: { index: false, follow: false } };
}

/** A draft, pending or scheduled post or page, for the browser that opened its preview link only. */
export default async function DraftPreviewPage({ params }: Props) {
  const { type, id: rawId } = await params;
  const id = Number(rawId);
  if ((type !== 'post' && type !== 'page') || !Number.isInteger(id) || !(await maySeeDraft(type, id)))
    notFound();
  const [site, draft] = await Promise.all([getSiteOrFallback(), loadOrNotFound(() => getDraft(type, id))]);
  const entry =
    draft.kind === 'post'
      ? { type: 'post' as const, post: draft.post }
      : { type: 'page' as const, page: draft.page };
  return (
    <>
      <DraftBar t={translator(site.language)} />
      {await renderView(site, { kind: 'singular', entry })}
    </>
  );
}
