import type { ThemeInfo } from '@/themes/types';

/** Shown to a site owner previewing a theme: what they are looking at, and the way out. */
export function PreviewBar({ theme }: { theme: ThemeInfo }) {
  return (
    <div
      role="region"
      aria-label="Theme preview"
      className="bg-fg px-4 py-2 text-center font-sans text-small text-bg"
    >
      Previewing the <strong>{theme.label}</strong> theme — only you can see it.{' '}
      {/* A plain link: it must work from any page, without JavaScript. */}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a route handler, not a page */}
      <a href="/api/theme-preview/end/" className="font-semibold underline">
        End preview
      </a>
    </div>
  );
}
