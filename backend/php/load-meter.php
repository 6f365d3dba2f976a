<?php
// How many of the local WordPress's PHP workers are busy, and for whom: every request php -S takes
// passes through the router, which counts it in and (at shutdown) out, under a file lock, by whose
// it is (pressfront_load_kind). The e2e flood
// and the bench read `/__pressfront/load` (and reset it with `?reset=1`) to show that a flood
// through the frontends never takes every worker, and how many of its requests reached WordPress.
// The local backend only: production WordPress never runs this router.

function pressfront_load_file(): string
{
    return dirname($_SERVER['DOCUMENT_ROOT']) . '/load.json';
}

/** Runs $change on the counts under an exclusive lock, and writes them back. */
function pressfront_load_update(callable $change): array
{
    $handle = fopen(pressfront_load_file(), 'c+');
    if ($handle === false) {
        return [];
    }
    flock($handle, LOCK_EX);
    $counts = json_decode((string) stream_get_contents($handle), true);
    if (!is_array($counts)) {
        $counts = [];
    }
    $counts = $change($counts + ['running' => [], 'most' => [], 'total' => []]);
    ftruncate($handle, 0);
    rewind($handle);
    fwrite($handle, (string) json_encode($counts));
    fflush($handle);
    flock($handle, LOCK_UN);
    fclose($handle);
    return $counts;
}

/**
 * Whose request this is: an editor's (a logged-in cookie), a frontend's (Pressfront's own
 * User-Agent, lib/wordpress/client.ts), WordPress's own (its loopback requests: cron, webhooks it
 * sends itself), or anyone else's.
 */
function pressfront_load_kind(): string
{
    foreach (array_keys($_COOKIE) as $name) {
        if (strpos((string) $name, 'wordpress_logged_in_') === 0) {
            return 'editor';
        }
    }
    $agent = (string) ($_SERVER['HTTP_USER_AGENT'] ?? '');
    if (strpos($agent, 'Pressfront') === 0) {
        return 'frontend';
    }
    return strpos($agent, 'WordPress/') === 0 ? 'wordpress' : 'other';
}

function pressfront_load_enter(): void
{
    $kind = pressfront_load_kind();
    // Keyed by the PHP worker's process: it runs one request at a time, so its entry is its current
    // request's, and a request that never reached its shutdown (its process killed) is replaced by
    // the next one there — or gone with the file when the server starts (backend/wp.sh).
    $worker = (string) getmypid();
    pressfront_load_update(function (array $counts) use ($kind, $worker): array {
        $counts['running'][$worker] = $kind;
        $counts['total'][$kind] = ($counts['total'][$kind] ?? 0) + 1;
        $active = array_count_values($counts['running']);
        $counts['most'][$kind] = max($counts['most'][$kind] ?? 0, $active[$kind] ?? 0);
        $counts['most']['all'] = max($counts['most']['all'] ?? 0, count($counts['running']));
        return $counts;
    });
    register_shutdown_function(function () use ($worker): void {
        pressfront_load_update(function (array $counts) use ($worker): array {
            unset($counts['running'][$worker]);
            return $counts;
        });
    });
}

/** Answers the counts as JSON; with $reset, the most-at-once and totals start again from now. */
function pressfront_load_report(bool $reset): void
{
    $counts = pressfront_load_update(function (array $counts) use ($reset): array {
        if ($reset) {
            $counts['most'] = [];
            $counts['total'] = [];
        }
        return $counts;
    });
    header('Content-Type: application/json');
    header('Cache-Control: no-store');
    echo json_encode([
        'active' => (object) array_count_values($counts['running']),
        'most' => (object) $counts['most'],
        'total' => (object) $counts['total'],
    ]);
}
