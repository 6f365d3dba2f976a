<?php
// Where subscribers live: one table, one row per email address (a unique key, so concurrent
// sign-ups of one address can never make two rows). Confirmation tokens are stored as SHA-256
// hashes only; unsubscribe tokens are derived from the secret and the row, so every mail can
// carry one without storing it.

defined('ABSPATH') || exit;

const PRESSFRONT_SUBSCRIBERS_DB_VERSION = '1';
const PRESSFRONT_SUBSCRIBERS_CONFIRM_TTL = 2 * DAY_IN_SECONDS;
// A pending address is sent its confirmation again at most this often, however often it is entered.
const PRESSFRONT_SUBSCRIBERS_RESEND_AFTER = 15 * MINUTE_IN_SECONDS;

function pressfront_subscribers_table(): string
{
    global $wpdb;
    return $wpdb->prefix . 'pressfront_subscribers';
}

function pressfront_subscribe_attempts_table(): string
{
    global $wpdb;
    return $wpdb->prefix . 'pressfront_subscribe_attempts';
}

/** Creates or upgrades the tables; cheap when they are current (one option read). */
function pressfront_subscribers_install(): void
{
    if (get_option('pressfront_subscribers_db_version') === PRESSFRONT_SUBSCRIBERS_DB_VERSION) {
        return;
    }
    global $wpdb;
    require_once ABSPATH . 'wp-admin/includes/upgrade.php';
    $charset = $wpdb->get_charset_collate();
    $subscribers = pressfront_subscribers_table();
    $attempts = pressfront_subscribe_attempts_table();
    dbDelta("CREATE TABLE $subscribers (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  email varchar(191) NOT NULL,
  status varchar(20) NOT NULL DEFAULT 'pending',
  confirm_hash char(64) DEFAULT NULL,
  confirm_expires datetime DEFAULT NULL,
  source_post bigint(20) unsigned DEFAULT NULL,
  consent_text text NOT NULL,
  frontend_url varchar(255) NOT NULL DEFAULT '',
  created_at datetime NOT NULL,
  confirmed_at datetime DEFAULT NULL,
  unsubscribed_at datetime DEFAULT NULL,
  mailed_at datetime DEFAULT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY email (email),
  KEY confirm_hash (confirm_hash),
  KEY status (status)
) $charset;");
    dbDelta("CREATE TABLE $attempts (
  bucket char(70) NOT NULL,
  window_start bigint(20) unsigned NOT NULL,
  hits int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY  (bucket)
) $charset;");
    update_option('pressfront_subscribers_db_version', PRESSFRONT_SUBSCRIBERS_DB_VERSION);
}
add_action('plugins_loaded', 'pressfront_subscribers_install');

function pressfront_subscribers_now(int $offset = 0): string
{
    return gmdate('Y-m-d H:i:s', time() + $offset);
}

function pressfront_subscribers_find_by_email(string $email): ?array
{
    global $wpdb;
    $table = pressfront_subscribers_table();
    $row = $wpdb->get_row($wpdb->prepare("SELECT * FROM $table WHERE email = %s", $email), ARRAY_A);
    return $row ?: null;
}

function pressfront_subscribers_find_by_id(int $id): ?array
{
    global $wpdb;
    $table = pressfront_subscribers_table();
    $row = $wpdb->get_row($wpdb->prepare("SELECT * FROM $table WHERE id = %d", $id), ARRAY_A);
    return $row ?: null;
}

/** The unsubscribe token of a row: "<id>.<hmac>", valid for as long as the secret is. */
function pressfront_subscribers_unsubscribe_token(array $row): string
{
    $id = (int) $row['id'];
    return $id . '.' . hash_hmac('sha256', 'unsubscribe.' . $id . '.' . $row['email'], pressfront_bridge_secret());
}

/**
 * Records a sign-up. Returns the plain confirmation token when a confirmation mail is due (a new
 * address, a former subscriber, or a pending one whose last mail is old), null when nothing is
 * to be sent (already confirmed, or a confirmation went out a moment ago).
 */
function pressfront_subscribers_sign_up(string $email, string $consent, int $source_post, string $frontend): ?string
{
    global $wpdb;
    $table = pressfront_subscribers_table();
    $token = bin2hex(random_bytes(32));
    $hash = hash('sha256', $token);
    $now = pressfront_subscribers_now();
    $expires = pressfront_subscribers_now(PRESSFRONT_SUBSCRIBERS_CONFIRM_TTL);
    $inserted = $wpdb->query($wpdb->prepare(
        "INSERT IGNORE INTO $table (email, status, confirm_hash, confirm_expires, source_post, consent_text, frontend_url, created_at, mailed_at)
         VALUES (%s, 'pending', %s, %s, %d, %s, %s, %s, %s)",
        $email, $hash, $expires, $source_post, $consent, $frontend, $now, $now
    ));
    if ($inserted === 1) {
        return $token;
    }
    // The address is known. One atomic update claims the right to send: concurrent sign-ups of
    // one address cannot both send, and a confirmed subscriber is never touched.
    $claimed = $wpdb->query($wpdb->prepare(
        "UPDATE $table SET status = 'pending', confirm_hash = %s, confirm_expires = %s, source_post = %d,
           consent_text = %s, frontend_url = %s, mailed_at = %s, unsubscribed_at = NULL
         WHERE email = %s AND (status = 'unsubscribed' OR (status = 'pending' AND (mailed_at IS NULL OR mailed_at < %s)))",
        $hash, $expires, $source_post, $consent, $frontend, $now, $email,
        pressfront_subscribers_now(-PRESSFRONT_SUBSCRIBERS_RESEND_AFTER)
    ));
    return $claimed === 1 ? $token : null;
}

/**
 * Confirms the subscription a token was mailed for. Returns [outcome, row]: outcome is
 * 'confirmed', 'already-confirmed', 'expired' or 'unknown'.
 */
function pressfront_subscribers_confirm(string $token): array
{
    global $wpdb;
    if (!preg_match('/^[0-9a-f]{64}$/', $token)) {
        return ['unknown', null];
    }
    $table = pressfront_subscribers_table();
    $row = $wpdb->get_row($wpdb->prepare("SELECT * FROM $table WHERE confirm_hash = %s", hash('sha256', $token)), ARRAY_A);
    if (!$row) {
        return ['unknown', null];
    }
    if ($row['status'] === 'confirmed') {
        return ['already-confirmed', $row];
    }
    if ($row['status'] !== 'pending' || strtotime($row['confirm_expires'] . ' UTC') < time()) {
        return ['expired', $row];
    }
    // Single use: only the request that moves the row from pending confirms it.
    $updated = $wpdb->query($wpdb->prepare(
        "UPDATE $table SET status = 'confirmed', confirmed_at = %s WHERE id = %d AND status = 'pending' AND confirm_hash = %s",
        pressfront_subscribers_now(), $row['id'], $row['confirm_hash']
    ));
    $row = pressfront_subscribers_find_by_id((int) $row['id']);
    return [$updated === 1 ? 'confirmed' : 'already-confirmed', $row];
}

/** Returns 'unsubscribed', 'already-unsubscribed' or 'unknown'. One click, no questions. */
function pressfront_subscribers_unsubscribe(string $token): string
{
    global $wpdb;
    if (!preg_match('/^(\d+)\.([0-9a-f]{64})$/', $token, $m)) {
        return 'unknown';
    }
    $row = pressfront_subscribers_find_by_id((int) $m[1]);
    if (!$row || !hash_equals(pressfront_subscribers_unsubscribe_token($row), $token)) {
        return 'unknown';
    }
    if ($row['status'] === 'unsubscribed') {
        return 'already-unsubscribed';
    }
    $wpdb->update(
        pressfront_subscribers_table(),
        ['status' => 'unsubscribed', 'unsubscribed_at' => pressfront_subscribers_now(), 'confirm_hash' => null],
        ['id' => (int) $row['id']]
    );
    return 'unsubscribed';
}

/**
 * Counts one attempt in a fixed hourly window; returns seconds to wait when over $limit, else 0.
 * One statement, so concurrent attempts are all counted.
 */
function pressfront_subscribers_throttle(string $bucket, int $limit): int
{
    global $wpdb;
    $table = pressfront_subscribe_attempts_table();
    $now = time();
    $key = substr($bucket, 0, 5) . hash('sha256', $bucket);
    $wpdb->query($wpdb->prepare(
        "INSERT INTO $table (bucket, window_start, hits) VALUES (%s, %d, 1)
         ON DUPLICATE KEY UPDATE hits = IF(window_start <= %d, 1, hits + 1), window_start = IF(window_start <= %d, %d, window_start)",
        $key, $now, $now - HOUR_IN_SECONDS, $now - HOUR_IN_SECONDS, $now
    ));
    $row = $wpdb->get_row($wpdb->prepare("SELECT window_start, hits FROM $table WHERE bucket = %s", $key), ARRAY_A);
    if (!$row || (int) $row['hits'] <= $limit) {
        return 0;
    }
    return max(1, (int) $row['window_start'] + HOUR_IN_SECONDS - $now);
}

/** Rows for the admin screen, the REST listing and the CSV export. */
function pressfront_subscribers_query(string $search, string $status, int $limit, int $offset): array
{
    global $wpdb;
    $table = pressfront_subscribers_table();
    [$where, $args] = pressfront_subscribers_where($search, $status);
    $sql = "SELECT * FROM $table WHERE $where ORDER BY id DESC";
    if ($limit > 0) {
        $sql .= $wpdb->prepare(' LIMIT %d OFFSET %d', $limit, $offset);
    }
    return $wpdb->get_results($args ? $wpdb->prepare($sql, ...$args) : $sql, ARRAY_A) ?: [];
}

function pressfront_subscribers_count(string $search = '', string $status = ''): int
{
    global $wpdb;
    $table = pressfront_subscribers_table();
    [$where, $args] = pressfront_subscribers_where($search, $status);
    $sql = "SELECT COUNT(*) FROM $table WHERE $where";
    return (int) $wpdb->get_var($args ? $wpdb->prepare($sql, ...$args) : $sql);
}

function pressfront_subscribers_where(string $search, string $status): array
{
    global $wpdb;
    $where = ['1=1'];
    $args = [];
    if ($search !== '') {
        $where[] = 'email LIKE %s';
        $args[] = '%' . $wpdb->esc_like($search) . '%';
    }
    if (in_array($status, ['pending', 'confirmed', 'unsubscribed'], true)) {
        $where[] = 'status = %s';
        $args[] = $status;
    }
    return [implode(' AND ', $where), $args];
}
