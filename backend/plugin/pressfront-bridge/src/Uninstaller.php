<?php

namespace Pressfront\Bridge;

defined('ABSPATH') || exit;

/** Removes everything the plugin kept (Footprint): what uninstall.php runs. */
final class Uninstaller
{
    public static function run(): void
    {
        global $wpdb;
        foreach (Footprint::TABLES as $table) {
            // A table name cannot be a placeholder; these are our own constants behind WordPress's prefix.
            $wpdb->query('DROP TABLE IF EXISTS `' . esc_sql($wpdb->prefix . $table) . '`'); // phpcs:ignore
        }
        foreach (Footprint::OPTIONS as $option) {
            delete_option($option);
        }
        foreach (Footprint::TRANSIENT_PREFIXES as $prefix) {
            $like = $wpdb->esc_like('_transient_' . $prefix) . '%';
            $names = $wpdb->get_col($wpdb->prepare("SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s", $like));
            foreach ($names as $name) {
                delete_transient(substr($name, strlen('_transient_')));
            }
        }
        foreach (Footprint::CRON_HOOKS as $hook) {
            wp_unschedule_hook($hook);
        }
    }
}
