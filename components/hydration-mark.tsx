'use client';

import { useEffect } from 'react';

/**
 * Marks the page hydrated (`<html data-hydrated>`) once React has taken it over: the moment a
 * browser test can be sure any hydration error would have been reported.
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = '';
  }, []);
  return null;
}
