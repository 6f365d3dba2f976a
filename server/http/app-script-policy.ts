import { randomBytes } from 'node:crypto';
import { getConfig } from '@/lib/config';
import { appPolicy, CSP_REPORT_PATH } from './content-security-policy';

// The script policy of a page rendered with Next's runtime: a site's `app` reader pages
// (PRESSFRONT_READER_PAGES=app) and, in either setting, what editors see (draft and theme
// previews). Each render gets a nonce of its own: set on the request Next renders from — Next marks
// every script it writes with the nonce it finds in the request's policy header — and on the
// answer. A copy a cache keeps carries the nonce it was rendered with, in its HTML and its header
// alike: content published before that render could not have named it.

export interface ScriptPolicy {
  /** `content-security-policy`, or its `-report-only` twin (PRESSFRONT_CSP_REPORT_ONLY). */
  header: string;
  value: string;
}

/**
 * A fresh policy for one render, our own scripts named by `ownScriptHashes`; null under `next dev`
 * (its refresh evaluates code) or when the configuration is bad (the pages report that).
 */
export function newScriptPolicy(ownScriptHashes: string[]): ScriptPolicy | null {
  if (process.env.NODE_ENV === 'development') return null;
  let config;
  try {
    config = getConfig();
  } catch {
    return null;
  }
  const nonce = randomBytes(16).toString('base64');
  return {
    header: config.cspReportOnly ? 'content-security-policy-report-only' : 'content-security-policy',
    value: `${appPolicy(nonce, ownScriptHashes, config)}; report-uri ${CSP_REPORT_PATH}`,
  };
}

/** The policy on the request Next renders from (whence its nonce) and on the answer. */
export function applyScriptPolicy(
  policy: ScriptPolicy | null,
  { request, answer }: { request?: Headers; answer?: Headers },
): void {
  if (!policy) return;
  request?.set(policy.header, policy.value);
  answer?.set(policy.header, policy.value);
}

/** The policy an inner request was sent with (server/page-cache/shared-render.ts), or null. */
export function scriptPolicyOf(headers: Headers): ScriptPolicy | null {
  for (const header of ['content-security-policy', 'content-security-policy-report-only']) {
    const value = headers.get(header);
    if (value?.includes("'nonce-")) return { header, value };
  }
  return null;
}
