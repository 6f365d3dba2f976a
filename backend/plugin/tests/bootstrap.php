<?php

// PHPUnit's bootstrap: the real local WordPress (backend/wp.sh), under a table prefix of the tests'
// own (install.php makes that site anew), with the checkout's plugin loaded as WordPress loads a
// plugin, before `plugins_loaded`. Run by scripts/test-php.sh, which says where WordPress is.

$docroot = getenv('PRESSFRONT_WP_DOCROOT');
$site_url = getenv('PRESSFRONT_WP_URL');
if (!$docroot || !is_file($docroot . '/wp-load.php') || !$site_url) {
    fwrite(STDERR, "PRESSFRONT_WP_DOCROOT and PRESSFRONT_WP_URL must name the local WordPress (scripts/test-php.sh sets them)\n");
    exit(1);
}
putenv('PRESSFRONT_WP_TABLE_PREFIX=phpunit_');

passthru(escapeshellarg(PHP_BINARY) . ' ' . escapeshellarg(__DIR__ . '/install.php') . ' ' . escapeshellarg($docroot) . ' ' . escapeshellarg($site_url), $status);
if ($status !== 0) {
    fwrite(STDERR, "could not install the tests' WordPress\n");
    exit(1);
}

define('PRESSFRONT_BRIDGE_TESTED', dirname(__DIR__) . '/pressfront-bridge/pressfront-bridge.php');
// A hook set before WordPress loads (as core's own test suite sets them): WordPress picks it up.
$GLOBALS['wp_filter']['muplugins_loaded'][10]['pressfront-bridge'] = [
    'function' => static function (): void {
        require PRESSFRONT_BRIDGE_TESTED;
    },
    'accepted_args' => 0,
];

$_SERVER['HTTP_HOST'] = parse_url($site_url, PHP_URL_HOST) . ':' . parse_url($site_url, PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/';
require $docroot . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

if ($GLOBALS['table_prefix'] !== 'phpunit_') {
    fwrite(STDERR, "wp-config.php does not read PRESSFRONT_WP_TABLE_PREFIX: run `npm run wp:up` once to update it\n");
    exit(1);
}
Pressfront\Bridge\Plugin::activate();

require __DIR__ . '/TestCase.php';
