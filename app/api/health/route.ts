// Liveness: answers without touching WordPress, so process supervisors and the e2e runner can
// tell "server up" from "content reachable".
export function GET() {
  return Response.json({ ok: true }, { headers: { 'Cache-Control': 'no-store' } });
}
