<?php
/**
 * Deleting the plugin (Plugins → Delete, not Deactivate) removes everything it kept: the
 * subscriber tables, its options, and its scheduled events. Deactivating keeps them all.
 */

defined('WP_UNINSTALL_PLUGIN') || exit;

global $wpdb;

foreach (['pressfront_subscribers', 'pressfront_subscribe_attempts', 'pressfront_changes'] as $table) {
    // Table names cannot be placeholders; these are our own constants plus WordPress's prefix.
    $wpdb->query('DROP TABLE IF EXISTS `' . $wpdb->prefix . $table . '`'); // phpcs:ignore WordPress.DB
}

$options = [
    'pressfront_bridge_frontends',
    'pressfront_bridge_secret',
    'pressfront_bridge_deliveries',
    'pressfront_bridge_changes_db_version',
    'pressfront_bridge_active_theme',
    'pressfront_bridge_image_format',
    'pressfront_subscribers_db_version',
    'pressfront_bridge_subscribe_limit_ip',
    'pressfront_bridge_subscribe_limit_email',
];
foreach ($options as $option) {
    delete_option($option);
}

foreach (['pressfront_bridge_retry', 'pressfront_subscribers_send_post'] as $hook) {
    wp_unschedule_hook($hook);
}
