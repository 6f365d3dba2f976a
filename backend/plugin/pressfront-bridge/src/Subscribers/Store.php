<?php

namespace Pressfront\Bridge\Subscribers;

use Pressfront\Bridge\Signer;

defined('ABSPATH') || exit;

/**
 * Where subscribers live: one table, one row per email address (a unique key, so concurrent
 * sign-ups of one address can never make two rows). Confirmation tokens are stored as SHA-256
 * hashes only; unsubscribe tokens are signed from the row, so every mail can carry one without
 * storing it.
 */
final class Store
{
    public const TABLE = 'pressfront_subscribers';
    public const ATTEMPTS_TABLE = 'pressfront_subscribe_attempts';
    public const VERSION_OPTION = 'pressfront_subscribers_db_version';
    private const DB_VERSION = '1';
    private const CONFIRM_TTL = 2 * DAY_IN_SECONDS;
    /** A pending address is sent its confirmation again at most this often, however often it is entered. */
    private const RESEND_AFTER = 15 * MINUTE_IN_SECONDS;

    /** @var Signer */
    private $signer;

    public function __construct(Signer $signer)
    {
        $this->signer = $signer;
    }

    public function register(): void
    {
        // A plugin updated in place is not activated again: its tables follow on the next request.
        add_action('plugins_loaded', [self::class, 'install']);
    }

    public static function table(): string
    {
        global $wpdb;
        return $wpdb->prefix . self::TABLE;
    }

    public static function attempts_table(): string
    {
        global $wpdb;
        return $wpdb->prefix . self::ATTEMPTS_TABLE;
    }

    /** Creates or upgrades the tables; cheap when they are current (one option read). */
    public static function install(): void
    {
        if (get_option(self::VERSION_OPTION) === self::DB_VERSION) {
            return;
        }
        global $wpdb;
        require_once ABSPATH . 'wp-admin/includes/upgrade.php';
        $charset = $wpdb->get_charset_collate();
        $subscribers = self::table();
        $attempts = self::attempts_table();
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
        update_option(self::VERSION_OPTION, self::DB_VERSION);
    }

    private static function now(int $offset = 0): string
    {
        return gmdate('Y-m-d H:i:s', time() + $offset);
    }

    public function find_by_email(string $email): ?array
    {
        global $wpdb;
        $table = self::table();
        $row = $wpdb->get_row($wpdb->prepare("SELECT * FROM $table WHERE email = %s", $email), ARRAY_A);
        return $row ?: null;
    }

    public function find_by_id(int $id): ?array
    {
        global $wpdb;
        $table = self::table();
        $row = $wpdb->get_row($wpdb->prepare("SELECT * FROM $table WHERE id = %d", $id), ARRAY_A);
        return $row ?: null;
    }

    /** The unsubscribe token of a row: "<id>.<hmac>", valid for as long as the secret is. */
    public function unsubscribe_token(array $row): string
    {
        $id = (int) $row['id'];
        return $id . '.' . $this->signer->mac('unsubscribe', (string) $id, (string) $row['email']);
    }

    /**
     * Records a sign-up. Returns the plain confirmation token when a confirmation mail is due (a new
     * address, a former subscriber, or a pending one whose last mail is old), null when nothing is
     * to be sent (already confirmed, or a confirmation went out a moment ago).
     */
    public function sign_up(string $email, string $consent, int $source_post, string $frontend): ?string
    {
        global $wpdb;
        $table = self::table();
        $token = bin2hex(random_bytes(32));
        $hash = hash('sha256', $token);
        $now = self::now();
        $expires = self::now(self::CONFIRM_TTL);
        $inserted = $wpdb->query($wpdb->prepare(
            "INSERT IGNORE INTO $table (email, status, confirm_hash, confirm_expires, source_post, consent_text, frontend_url, created_at, mailed_at)
             VALUES (%s, 'pending', %s, %s, %d, %s, %s, %s, %s)",
            $email,
            $hash,
            $expires,
            $source_post,
            $consent,
            $frontend,
            $now,
            $now
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
            $hash,
            $expires,
            $source_post,
            $consent,
            $frontend,
            $now,
            $email,
            self::now(-self::RESEND_AFTER)
        ));
        return $claimed === 1 ? $token : null;
    }

    /**
     * Confirms the subscription a token was mailed for. Returns [outcome, row]: outcome is
     * 'confirmed', 'already-confirmed', 'expired' or 'unknown'.
     */
    public function confirm(string $token): array
    {
        global $wpdb;
        if (!preg_match('/^[0-9a-f]{64}$/', $token)) {
            return ['unknown', null];
        }
        $table = self::table();
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
            self::now(),
            $row['id'],
            $row['confirm_hash']
        ));
        $row = $this->find_by_id((int) $row['id']);
        return [$updated === 1 ? 'confirmed' : 'already-confirmed', $row];
    }

    /** Returns 'unsubscribed', 'already-unsubscribed' or 'unknown'. One click, no questions. */
    public function unsubscribe(string $token): string
    {
        global $wpdb;
        if (!preg_match('/^(\d+)\.([0-9a-f]{64})$/', $token, $m)) {
            return 'unknown';
        }
        $row = $this->find_by_id((int) $m[1]);
        if (!$row || !hash_equals($this->unsubscribe_token($row), $token)) {
            return 'unknown';
        }
        if ($row['status'] === 'unsubscribed') {
            return 'already-unsubscribed';
        }
        $wpdb->update(
            self::table(),
            ['status' => 'unsubscribed', 'unsubscribed_at' => self::now(), 'confirm_hash' => null],
            ['id' => (int) $row['id']]
        );
        return 'unsubscribed';
    }

    /**
     * Counts one attempt in a fixed hourly window; returns seconds to wait when over $limit, else 0.
     * One statement, so concurrent attempts are all counted.
     */
    public function throttle(string $bucket, int $limit): int
    {
        global $wpdb;
        $table = self::attempts_table();
        $now = time();
        $key = substr($bucket, 0, 5) . hash('sha256', $bucket);
        $wpdb->query($wpdb->prepare(
            "INSERT INTO $table (bucket, window_start, hits) VALUES (%s, %d, 1)
             ON DUPLICATE KEY UPDATE hits = IF(window_start <= %d, 1, hits + 1), window_start = IF(window_start <= %d, %d, window_start)",
            $key,
            $now,
            $now - HOUR_IN_SECONDS,
            $now - HOUR_IN_SECONDS,
            $now
        ));
        $row = $wpdb->get_row($wpdb->prepare("SELECT window_start, hits FROM $table WHERE bucket = %s", $key), ARRAY_A);
        if (!$row || (int) $row['hits'] <= $limit) {
            return 0;
        }
        return max(1, (int) $row['window_start'] + HOUR_IN_SECONDS - $now);
    }

    /** Rows for the admin screen, the REST listing and the CSV export. */
    public function query(string $search, string $status, int $limit, int $offset): array
    {
        global $wpdb;
        $table = self::table();
        [$where, $args] = self::where($search, $status);
        $sql = "SELECT * FROM $table WHERE $where ORDER BY id DESC";
        if ($limit > 0) {
            $sql .= $wpdb->prepare(' LIMIT %d OFFSET %d', $limit, $offset);
        }
        return $wpdb->get_results($args ? $wpdb->prepare($sql, ...$args) : $sql, ARRAY_A) ?: [];
    }

    public function count(string $search = '', string $status = ''): int
    {
        global $wpdb;
        $table = self::table();
        [$where, $args] = self::where($search, $status);
        $sql = "SELECT COUNT(*) FROM $table WHERE $where";
        return (int) $wpdb->get_var($args ? $wpdb->prepare($sql, ...$args) : $sql);
    }

    private static function where(string $search, string $status): array
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
}
