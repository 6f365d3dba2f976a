export const SCHEME_STORAGE_KEY = 'pf-scheme';
export type Scheme = 'light' | 'dark';
