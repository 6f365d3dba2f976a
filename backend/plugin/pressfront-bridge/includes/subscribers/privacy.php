<?php
// WordPress's privacy tools (Tools → Export / Erase Personal Data) cover subscribers.

defined('ABSPATH') || exit;

add_filter('wp_privacy_personal_data_exporters', function (array $exporters) {
    $exporters['pressfront-subscribers'] = [
        'exporter_friendly_name' => __('Newsletter subscription (Pressfront)', 'pressfront-bridge'),
        'callback' => 'pressfront_subscribers_export',
    ];
    return $exporters;
});

add_filter('wp_privacy_personal_data_erasers', function (array $erasers) {
    $erasers['pressfront-subscribers'] = [
        'eraser_friendly_name' => __('Newsletter subscription (Pressfront)', 'pressfront-bridge'),
        'callback' => 'pressfront_subscribers_erase',
    ];
    return $erasers;
});

function pressfront_subscribers_export(string $email, int $page = 1): array
{
    $row = pressfront_subscribers_find_by_email(strtolower(trim($email)));
    $data = [];
    if ($row) {
        $fields = [
            'Email' => $row['email'],
            'Status' => $row['status'],
            'Signed up (UTC)' => $row['created_at'],
            'Confirmed (UTC)' => $row['confirmed_at'],
            'Unsubscribed (UTC)' => $row['unsubscribed_at'],
            'Consent shown' => $row['consent_text'],
            'Signed up on post' => $row['source_post'] ? get_permalink((int) $row['source_post']) : null,
        ];
        $data[] = [
            'group_id' => 'pressfront-subscription',
            'group_label' => __('Newsletter subscription', 'pressfront-bridge'),
            'item_id' => 'pressfront-subscriber-' . $row['id'],
            'data' => array_map(function ($name, $value) {
                return ['name' => $name, 'value' => (string) $value];
            }, array_keys(array_filter($fields, 'is_scalar')), array_filter($fields, 'is_scalar')),
        ];
    }
    return ['data' => $data, 'done' => true];
}

function pressfront_subscribers_erase(string $email, int $page = 1): array
{
    global $wpdb;
    $deleted = $wpdb->delete(pressfront_subscribers_table(), ['email' => strtolower(trim($email))]);
    return ['items_removed' => (bool) $deleted, 'items_retained' => false, 'messages' => [], 'done' => true];
}
