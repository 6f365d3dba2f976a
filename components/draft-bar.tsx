/** Shown above a draft preview: what this is, and the way out. */
export function DraftBar() {
  return (
    <div
      role="region"
      aria-label="Preview"
      className="bg-fg px-4 py-2 text-center font-sans text-small text-bg"
    >
      <strong>Preview</strong> — not published; only you can see this.{' '}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a route handler, not a page */}
      <a href="/api/preview/end/" className="font-semibold underline">
        Exit preview
      </a>
    </div>
  );
}
