<?php

namespace Pressfront\Bridge\Subscribers;

use Pressfront\Bridge\Plugin;

defined('ABSPATH') || exit;

/** wp-admin → Subscribers: counts by status, search, a status filter, pages of 50, and a CSV export of what is shown. */
final class AdminScreen
{
    public const PAGE = 'pressfront-subscribers';
    public const CSV_ACTION = 'pressfront_subscribers_csv';
    public const PER_PAGE = 50;

    /** @var Store */
    private $store;

    public function __construct(Store $store)
    {
        $this->store = $store;
    }

    public function register(): void
    {
        add_action('admin_menu', [$this, 'menu']);
        add_action('admin_post_' . self::CSV_ACTION, [$this, 'csv']);
    }

    public function menu(): void
    {
        add_menu_page(
            __('Subscribers', 'pressfront-bridge'),
            __('Subscribers', 'pressfront-bridge'),
            'manage_options',
            self::PAGE,
            [$this, 'render'],
            'dashicons-email-alt',
            71
        );
    }

    /** A cell a spreadsheet will not run: a leading = + - @ would make it a formula. */
    public static function csv_cell($value): string
    {
        $value = (string) $value;
        return preg_match('/^[=+\-@\t\r]/', $value) ? "'" . $value : $value;
    }

    public function csv(): void
    {
        if (!current_user_can('manage_options')) {
            wp_die(esc_html__('You may not export subscribers.', 'pressfront-bridge'), 403);
        }
        check_admin_referer(self::CSV_ACTION);
        $search = sanitize_text_field(wp_unslash($_GET['s'] ?? ''));
        $status = sanitize_key($_GET['status'] ?? '');
        nocache_headers();
        header('Content-Type: text/csv; charset=utf-8');
        header('Content-Disposition: attachment; filename="subscribers-' . gmdate('Y-m-d') . '.csv"');
        $out = fopen('php://output', 'w');
        fputcsv($out, ['email', 'status', 'created_at', 'confirmed_at', 'unsubscribed_at', 'source_post', 'consent_text']);
        foreach ($this->store->query($search, $status, 0, 0) as $row) {
            $cells = [$row['email'], $row['status'], $row['created_at'], $row['confirmed_at'], $row['unsubscribed_at'], $row['source_post'], $row['consent_text']];
            fputcsv($out, array_map([self::class, 'csv_cell'], $cells));
        }
        fclose($out);
        exit;
    }

    public function render(): void
    {
        if (!current_user_can('manage_options')) {
            return;
        }
        $search = sanitize_text_field(wp_unslash($_GET['s'] ?? ''));
        $status = sanitize_key($_GET['status'] ?? '');
        $paged = max(1, (int) ($_GET['paged'] ?? 1));
        $counts = [];
        foreach (['', 'confirmed', 'pending', 'unsubscribed'] as $key) {
            $counts[$key] = $this->store->count('', $key);
        }
        $view = [
            'search' => $search,
            'status' => $status,
            'paged' => $paged,
            'pages' => (int) ceil($this->store->count($search, $status) / self::PER_PAGE),
            'rows' => $this->store->query($search, $status, self::PER_PAGE, ($paged - 1) * self::PER_PAGE),
            'counts' => $counts,
            'base' => admin_url('admin.php?page=' . self::PAGE),
            'export' => wp_nonce_url(add_query_arg(['action' => self::CSV_ACTION, 's' => $search, 'status' => $status], admin_url('admin-post.php')), self::CSV_ACTION),
        ];
        require Plugin::view('subscribers-screen');
    }
}
