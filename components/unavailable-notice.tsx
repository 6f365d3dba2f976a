import type { ReactNode } from 'react';
import type { ErrorText } from '@/components/error-text';

/**
 * The calm "temporarily unavailable" notice, in the site's language: the error page's (app/error.tsx,
 * with a retry button) and a reader document's (app/%5Fpressfront/status/, with a retry link).
 */
export function UnavailableNotice({ text, retry }: { text: Omit<ErrorText, 'retry'>; retry: ReactNode }) {
  return (
    <div className="mx-auto max-w-measure px-4 py-20 text-center">
      <p className="font-sans text-sm font-bold uppercase tracking-widest text-accent">{text.kicker}</p>
      <h1 className="mt-3 font-display text-4xl font-black">{text.title}</h1>
      <p className="mt-4 font-body text-lg text-muted">{text.body}</p>
      <p className="mt-8">{retry}</p>
    </div>
  );
}
