<?php
// The change log: every batch of tags this WordPress announces gets a sequence number and a row
// here before it is sent. A frontend that was stopped, unreachable or handed a message out of order
// asks for what came after the last sequence it applied (a signed request) and revalidates exactly
// those tags, so no publication is lost while a frontend was away. Bounded: the oldest rows go,
// and a frontend that fell further behind than the log reaches is told so (`complete: false`).

defined('ABSPATH') || exit;

const PRESSFRONT_BRIDGE_CHANGES_DB_VERSION = '1';
const PRESSFRONT_BRIDGE_CHANGES_KEPT = 1000;
const PRESSFRONT_BRIDGE_CHANGES_PAGE = 500;

function pressfront_bridge_changes_table(): string
{
    global $wpdb;
    return $wpdb->prefix . 'pressfront_changes';
}

function pressfront_bridge_changes_install(): void
{
    if (get_option('pressfront_bridge_changes_db_version') === PRESSFRONT_BRIDGE_CHANGES_DB_VERSION) {
        return;
    }
    global $wpdb;
    require_once ABSPATH . 'wp-admin/includes/upgrade.php';
    $table = pressfront_bridge_changes_table();
    // The sequence is the auto-increment key: concurrent requests can never share a number.
    dbDelta("CREATE TABLE $table (
  seq bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  created_at datetime NOT NULL,
  event varchar(64) NOT NULL DEFAULT '',
  tags text NOT NULL,
  PRIMARY KEY  (seq)
) {$wpdb->get_charset_collate()};");
    update_option('pressfront_bridge_changes_db_version', PRESSFRONT_BRIDGE_CHANGES_DB_VERSION);
}
add_action('plugins_loaded', 'pressfront_bridge_changes_install');

/** Records one batch of tags; returns its sequence number (0 when the row could not be written). */
function pressfront_bridge_record_change(array $tags, string $event): int
{
    global $wpdb;
    $table = pressfront_bridge_changes_table();
    $written = $wpdb->insert($table, [
        'created_at' => gmdate('Y-m-d H:i:s'),
        'event' => substr($event, 0, 64),
        'tags' => wp_json_encode(array_values($tags)),
    ]);
    if (!$written) {
        return 0;
    }
    $seq = (int) $wpdb->insert_id;
    if ($seq % 50 === 0) {
        $wpdb->query($wpdb->prepare("DELETE FROM $table WHERE seq <= %d", $seq - PRESSFRONT_BRIDGE_CHANGES_KEPT));
    }
    return $seq;
}

add_action('rest_api_init', 'pressfront_bridge_changes_route');
function pressfront_bridge_changes_route(): void
{
    register_rest_route(PRESSFRONT_BRIDGE_NAMESPACE, '/changes', [
        'methods' => 'POST',
        'callback' => 'pressfront_bridge_changes_since',
        'permission_callback' => 'pressfront_bridge_changes_permission',
    ]);
}

function pressfront_bridge_changes_permission(WP_REST_Request $request)
{
    return pressfront_bridge_verify_signed($request, 'changes');
}

/**
 * The changes after `since` (a sequence the frontend applied; null when it knows none), oldest
 * first, at most a page of them; `latest` is the newest sequence there is. `complete` is false
 * when some of what the frontend missed is no longer in the log, or when its sequence is not one
 * this log ever gave (the database was restored): then only revalidating everything is safe.
 */
function pressfront_bridge_changes_since(WP_REST_Request $request)
{
    global $wpdb;
    $table = pressfront_bridge_changes_table();
    $params = (array) $request->get_json_params();
    $since = isset($params['since']) && is_int($params['since']) && $params['since'] >= 0 ? $params['since'] : null;
    $latest = (int) $wpdb->get_var("SELECT COALESCE(MAX(seq), 0) FROM $table");
    $oldest = (int) $wpdb->get_var("SELECT COALESCE(MIN(seq), 0) FROM $table");
    $complete = $since !== null && $since <= $latest && ($oldest === 0 || $since >= $oldest - 1);
    $rows = [];
    if ($complete && $since < $latest) {
        $rows = $wpdb->get_results($wpdb->prepare(
            "SELECT seq, event, tags FROM $table WHERE seq > %d ORDER BY seq ASC LIMIT %d",
            $since,
            PRESSFRONT_BRIDGE_CHANGES_PAGE
        ), ARRAY_A);
    }
    $changes = array_map(function ($row) {
        $tags = json_decode((string) $row['tags'], true);
        return ['seq' => (int) $row['seq'], 'event' => (string) $row['event'], 'tags' => is_array($tags) ? $tags : []];
    }, $rows ?: []);
    return rest_ensure_response(['latest' => $latest, 'complete' => $complete, 'changes' => $changes]);
}
