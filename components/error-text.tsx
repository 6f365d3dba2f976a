'use client';

import { createContext, type ReactNode, useContext } from 'react';

// The words of the error page (app/error.tsx), in the site's language. The page is a client
// component rendered where the failure happened, with no server to ask: the layout, which did
// render, hands it these four strings.

export interface ErrorText {
  kicker: string;
  title: string;
  body: string;
  retry: string;
}

const english: ErrorText = {
  kicker: 'Temporarily unavailable',
  title: 'We can’t show this page right now',
  body: 'Our content service is not answering. Nothing is lost — please try again in a minute.',
  retry: 'Try again',
};

const ErrorTextContext = createContext<ErrorText>(english);

export function ErrorTextProvider({ text, children }: { text: ErrorText; children: ReactNode }) {
  return <ErrorTextContext value={text}>{children}</ErrorTextContext>;
}

export const useErrorText = () => useContext(ErrorTextContext);
