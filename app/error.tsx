'use client';

import { useErrorText } from '@/components/error-text';
import { UnavailableNotice } from '@/components/unavailable-notice';

// Shown when WordPress is unreachable or answers with something we cannot use. The details are
// in the server log (one structured line per failure); readers get a calm page and a retry, in the
// site's language (the layout rendered and handed the words down). Next renders it in the browser;
// reader documents, which have no runtime, get the same notice rendered on the server
// (app/%5Fpressfront/status/).
// The retry reloads the document: the failure happened on the server, so a client re-render cannot fix it.
export default function ErrorPage() {
  const text = useErrorText();
  return (
    <UnavailableNotice
      text={text}
      retry={
        <button
          type="button"
          onClick={() => window.location.reload()}
          className="rounded-button bg-button px-4 py-2 font-semibold text-button-fg hover:opacity-90"
        >
          {text.retry}
        </button>
      }
    />
  );
}
