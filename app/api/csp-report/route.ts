import { log } from '@/lib/log';
import { readCappedBody } from '@/server/http/read-capped-body';
import { readerAddress } from '@/server/http/reader-address';
import { cspReportLimit } from '@/server/rate-limit/limits';

// What a reader's browser refused under the documents' policy (server/http/content-security-policy.ts),
// as it reports it (`report-uri`: application/csp-report). Logged, a line per report, the fields
// cut short, twenty a minute per reader at most (the edge limits them too); anything else is
// ignored. Always 204: a report changes nothing.

const MAX_BODY_BYTES = 8 * 1024;
const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, 300) : undefined);

export async function POST(request: Request) {
  const over = (await cspReportLimit.hit(readerAddress(request.headers) ?? 'unknown')) > 0;
  const body = over ? null : await readCappedBody(request, MAX_BODY_BYTES);
  if (body) {
    try {
      const data = JSON.parse(body) as { 'csp-report'?: Record<string, unknown> };
      const report = data['csp-report'];
      if (report && typeof report === 'object')
        log('warn', 'csp', {
          directive: text(report['effective-directive'] ?? report['violated-directive']),
          blocked: text(report['blocked-uri']),
          document: text(report['document-uri']),
          sample: text(report['script-sample']),
          disposition: text(report.disposition),
        });
    } catch {
      // Not a report: nothing to say.
    }
  }
  return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
}
