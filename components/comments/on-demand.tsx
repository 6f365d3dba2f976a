'use client';

import { lazy, Suspense, type ComponentProps } from 'react';
import type { CommentForm as EagerCommentForm } from './comment-form';
import type { PostPasswordForm as EagerPasswordForm } from './password-form';

// The comment and password forms, each in a chunk of its own that only a page showing the form
// loads: every page of the site is one route, so imported directly they would ride in the one
// client chunk every page loads — home, archives and pages included. Rendered on the server as
// before (the form works before its chunk arrives, and without JavaScript); React hydrates it once
// the chunk is there. React's own lazy, not next/dynamic: that one's loader joined every page's
// chunk and cost as much as the forms (BENCHMARKS.md).

const LazyCommentForm = lazy(() => import('./comment-form').then((m) => ({ default: m.CommentForm })));
const LazyPasswordForm = lazy(() => import('./password-form').then((m) => ({ default: m.PostPasswordForm })));

export function CommentForm(props: ComponentProps<typeof EagerCommentForm>) {
  return (
    <Suspense>
      <LazyCommentForm {...props} />
    </Suspense>
  );
}

export function PostPasswordForm(props: ComponentProps<typeof EagerPasswordForm>) {
  return (
    <Suspense>
      <LazyPasswordForm {...props} />
    </Suspense>
  );
}
