<?php
// WordPress's privacy tools (Tools → Export / Erase Personal Data) cover subscribers.

defined('ABSPATH') || exit;

function pressfront_subscribers_register_exporter(array $exporters): array
{
    $exporters['pressfront-subscribers'] = [
        'exporter_friendly_name' => __('Newsletter subscription (Pressfront)', 'pressfront-bridge'),
        'callback' => 'pressfront_subscribers_export',
    ];
    return $exporters;
}
add_filter('wp_privacy_personal_data_exporters', 'pressfront_subscribers_register_exporter');

function pressfront_subscribers_register_eraser(array $erasers): array
{
    $erasers['pressfront-subscribers'] = [
        'eraser_friendly_name' => __('Newsletter subscription (Pressfront)', 'pressfront-bridge'),
        'callback' => 'pressfront_subscribers_erase',
    ];
    return $erasers;
}
add_filter('wp_privacy_personal_data_erasers', 'pressfront_subscribers_register_eraser');

function pressfront_subscribers_export(string $email, int $page = 1): array
{
    $row = pressfront_subscribers_find_by_email(strtolower(trim($email)));
    $data = [];
    if ($row) {
        $fields = [
            __('Email', 'pressfront-bridge') => $row['email'],
            __('Status', 'pressfront-bridge') => $row['status'],
            __('Signed up (UTC)', 'pressfront-bridge') => $row['created_at'],
            __('Confirmed (UTC)', 'pressfront-bridge') => $row['confirmed_at'],
            __('Unsubscribed (UTC)', 'pressfront-bridge') => $row['unsubscribed_at'],
            __('Consent shown', 'pressfront-bridge') => $row['consent_text'],
            __('Signed up on post', 'pressfront-bridge') => $row['source_post'] ? get_permalink((int) $row['source_post']) : null,
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
