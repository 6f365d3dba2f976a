<?php

// A WordPress of the tests' own, in the local WordPress's database under the prefix
// PRESSFRONT_WP_TABLE_PREFIX (wp-config.php reads it): dropped and installed anew for every run,
// so each run starts from the same empty site and the seeded site the frontend reads is never
// touched. The plugin is not activated here: the bootstrap loads the checkout's copy and runs its
// activation itself.
// Usage: PRESSFRONT_WP_TABLE_PREFIX=phpunit_ php install.php DOCROOT SITE_URL

[$_, $docroot, $site_url] = $argv + [null, null, null];
$prefix = getenv('PRESSFRONT_WP_TABLE_PREFIX');
if (!$docroot || !$site_url || !$prefix || $prefix === 'wp_') {
    fwrite(STDERR, "usage: PRESSFRONT_WP_TABLE_PREFIX=<not wp_> php install.php DOCROOT SITE_URL\n");
    exit(2);
}

define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = parse_url($site_url, PHP_URL_HOST) . ':' . parse_url($site_url, PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/';
require $docroot . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

global $wpdb;
foreach ($wpdb->get_col($wpdb->prepare('SHOW TABLES LIKE %s', $wpdb->esc_like($prefix) . '%')) as $table) {
    $wpdb->query('DROP TABLE IF EXISTS `' . $table . '`');
}
wp_cache_flush();
$result = wp_install('Pressfront Bridge tests', 'admin', 'admin@example.test', false, '', wp_generate_password(24, false));
if (is_wp_error($result)) {
    fwrite(STDERR, $result->get_error_message() . "\n");
    exit(1);
}
echo "installed the test site under {$prefix}\n";
