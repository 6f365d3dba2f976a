'use client';

// Shown when WordPress is unreachable or answers with something we cannot use. The details are
// in the server log (one structured line per failure); readers get a calm page and a retry.
// The retry reloads the document: the failure happened on the server, so a client re-render cannot fix it.
export default function ErrorPage() {
  return (
    <div className="mx-auto max-w-measure px-4 py-20 text-center">
      <p className="font-sans text-sm font-bold uppercase tracking-widest text-accent">
        Temporarily unavailable
      </p>
      <h1 className="mt-3 font-display text-4xl font-black">We can’t show this page right now</h1>
      <p className="mt-4 font-body text-lg text-muted">
        Our content service is not answering. Nothing is lost — please try again in a minute.
      </p>
      <p className="mt-8">
        <button
          type="button"
          onClick={() => window.location.reload()}
          className="rounded-card bg-accent px-4 py-2 font-semibold text-accent-fg hover:opacity-90"
        >
          Try again
        </button>
      </p>
    </div>
  );
}
