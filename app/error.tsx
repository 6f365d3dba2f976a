'use client';

import { useErrorText } from '@/components/error-text';

// Shown when WordPress is unreachable or answers with something we cannot use. The details are
// in the server log (one structured line per failure); readers get a calm page and a retry, in the
// site's language (the layout rendered and handed the words down).
// The retry reloads the document: the failure happened on the server, so a client re-render cannot fix it.
export default function ErrorPage() {
  const text = useErrorText();
  return (
    <div className="mx-auto max-w-measure px-4 py-20 text-center">
      <p className="font-sans text-sm font-bold uppercase tracking-widest text-accent">{text.kicker}</p>
      <h1 className="mt-3 font-display text-4xl font-black">{text.title}</h1>
      <p className="mt-4 font-body text-lg text-muted">{text.body}</p>
      <p className="mt-8">
        <button
          type="button"
          onClick={() => window.location.reload()}
          className="rounded-button bg-button px-4 py-2 font-semibold text-button-fg hover:opacity-90"
        >
          {text.retry}
        </button>
      </p>
    </div>
  );
}
