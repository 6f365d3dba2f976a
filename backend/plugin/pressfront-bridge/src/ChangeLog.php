<?php

namespace Pressfront\Bridge;

use WP_REST_Request;

defined('ABSPATH') || exit;

/**
 * The change log: every batch of tags this WordPress announces gets a sequence number and a row
 * here before it is sent. A frontend that was stopped, unreachable or handed a message out of order
 * asks for what came after the last sequence it applied (a signed request) and revalidates exactly
 * those tags, so no publication is lost while a frontend was away. Bounded: the oldest rows go,
 * and a frontend that fell further behind than the log reaches is told so (`complete: false`).
 */
final class ChangeLog
{
    public const TABLE = 'pressfront_changes';
    public const VERSION_OPTION = 'pressfront_bridge_changes_db_version';
    private const DB_VERSION = '1';
    public const KEPT = 1000;
    public const PAGE = 500;

    /** @var Signer */
    private $signer;

    public function __construct(Signer $signer)
    {
        $this->signer = $signer;
    }

    public function register(): void
    {
        // A plugin updated in place is not activated again: its table follows on the next request.
        add_action('plugins_loaded', [self::class, 'install']);
        add_action('rest_api_init', [$this, 'routes']);
    }

    public static function table(): string
    {
        global $wpdb;
        return $wpdb->prefix . self::TABLE;
    }

    /** Creates or upgrades the table; one option read when it is current. */
    public static function install(): void
    {
        if (get_option(self::VERSION_OPTION) === self::DB_VERSION) {
            return;
        }
        global $wpdb;
        require_once ABSPATH . 'wp-admin/includes/upgrade.php';
        $table = self::table();
        $new = $wpdb->get_var($wpdb->prepare('SHOW TABLES LIKE %s', $table)) !== $table;
        // The sequence is the auto-increment key: concurrent requests can never share a number.
        dbDelta("CREATE TABLE $table (
  seq bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  created_at datetime NOT NULL,
  event varchar(64) NOT NULL DEFAULT '',
  tags text NOT NULL,
  PRIMARY KEY  (seq)
) {$wpdb->get_charset_collate()};");
        if ($new) {
            // A new log starts at a number of its own, far from any other's: a frontend that kept
            // another log's position (WordPress reinstalled, or another site at the same address)
            // asks for a sequence this log never gave, is told `complete: false` and revalidates
            // everything, instead of taking this log's numbers for the ones it missed.
            $wpdb->query("ALTER TABLE $table AUTO_INCREMENT = " . random_int(1, 2 ** 40));
        }
        update_option(self::VERSION_OPTION, self::DB_VERSION);
    }

    /**
     * Records one batch of tags; returns its sequence number (0 when the row could not be written).
     *
     * @param string[] $tags
     */
    public function record(array $tags, string $event): int
    {
        global $wpdb;
        $table = self::table();
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
            $wpdb->query($wpdb->prepare("DELETE FROM $table WHERE seq <= %d", $seq - self::KEPT));
        }
        return $seq;
    }

    public function routes(): void
    {
        register_rest_route(Plugin::REST_NAMESPACE, '/changes', [
            'methods' => 'POST',
            'callback' => [$this, 'answer'],
            'permission_callback' => [$this, 'permission'],
        ]);
    }

    /** @return true|\WP_Error */
    public function permission(WP_REST_Request $request)
    {
        return $this->signer->verify($request, 'changes');
    }

    public function answer(WP_REST_Request $request)
    {
        $params = (array) $request->get_json_params();
        $since = isset($params['since']) && is_int($params['since']) && $params['since'] >= 0 ? $params['since'] : null;
        return rest_ensure_response($this->since($since));
    }

    /**
     * The changes after $since (a sequence the frontend applied; null when it knows none), oldest
     * first, at most a page of them; `latest` is the newest sequence there is. `complete` is false
     * when some of what the frontend missed is no longer in the log, or when its sequence is not one
     * this log ever gave (the database was restored): then only revalidating everything is safe.
     */
    public function since(?int $since): array
    {
        global $wpdb;
        $table = self::table();
        $latest = (int) $wpdb->get_var("SELECT COALESCE(MAX(seq), 0) FROM $table");
        $oldest = (int) $wpdb->get_var("SELECT COALESCE(MIN(seq), 0) FROM $table");
        $complete = $since !== null && $since <= $latest && ($oldest === 0 || $since >= $oldest - 1);
        $rows = [];
        if ($complete && $since < $latest) {
            $rows = $wpdb->get_results($wpdb->prepare(
                "SELECT seq, event, tags FROM $table WHERE seq > %d ORDER BY seq ASC LIMIT %d",
                $since,
                self::PAGE
            ), ARRAY_A);
        }
        $changes = array_map(static function (array $row): array {
            $tags = json_decode((string) $row['tags'], true);
            return ['seq' => (int) $row['seq'], 'event' => (string) $row['event'], 'tags' => is_array($tags) ? $tags : []];
        }, $rows ?: []);
        return ['latest' => $latest, 'complete' => $complete, 'changes' => $changes];
    }
}
