'use client';

import { type ComponentType, lazy, Suspense } from 'react';

// The comment and password forms, each in a chunk of its own that only a page showing the form
// loads: every page of the site is one route, so imported directly they would ride in the one
// client chunk every page loads — home, archives and pages included. Rendered on the server as
// before (the form works before its chunk arrives, and without JavaScript); React hydrates it once
// the chunk is there. React's own lazy, not next/dynamic: that one's loader joined every page's
// chunk and cost as much as the forms (BENCHMARKS.md).

/** A component whose code is fetched the first time a page renders it. */
function onDemand<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: await load() }));
  return function OnDemand(props: P) {
    return (
      <Suspense>
        <Lazy {...props} />
      </Suspense>
    );
  };
}

export const CommentForm = onDemand(() => import('./comment-form').then((m) => m.CommentForm));

export const PostPasswordForm = onDemand(() => import('./password-form').then((m) => m.PostPasswordForm));
