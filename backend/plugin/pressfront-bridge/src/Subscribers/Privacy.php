<?php

namespace Pressfront\Bridge\Subscribers;

defined('ABSPATH') || exit;

/** WordPress's privacy tools (Tools → Export / Erase Personal Data) cover subscribers. */
final class Privacy
{
    /** @var Store */
    private $store;

    public function __construct(Store $store)
    {
        $this->store = $store;
    }

    public function register(): void
    {
        add_filter('wp_privacy_personal_data_exporters', [$this, 'add_exporter']);
        add_filter('wp_privacy_personal_data_erasers', [$this, 'add_eraser']);
    }

    public function add_exporter(array $exporters): array
    {
        $exporters['pressfront-subscribers'] = [
            'exporter_friendly_name' => __('Newsletter subscription (Pressfront)', 'pressfront-bridge'),
            'callback' => [$this, 'export'],
        ];
        return $exporters;
    }

    public function add_eraser(array $erasers): array
    {
        $erasers['pressfront-subscribers'] = [
            'eraser_friendly_name' => __('Newsletter subscription (Pressfront)', 'pressfront-bridge'),
            'callback' => [$this, 'erase'],
        ];
        return $erasers;
    }

    public function export(string $email, int $page = 1): array
    {
        $row = $this->store->find_by_email(strtolower(trim($email)));
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

    public function erase(string $email, int $page = 1): array
    {
        global $wpdb;
        $deleted = $wpdb->delete(Store::table(), ['email' => strtolower(trim($email))]);
        return ['items_removed' => (bool) $deleted, 'items_retained' => false, 'messages' => [], 'done' => true];
    }
}
