<?php
// Runs one SQL statement through WordPress's own database connection ($wpdb), for a backend with no
// database client of its own (WordPress Playground's SQLite, where the SQLite integration plugin
// translates MySQL's dialect). Prints the rows a query returns, tab-separated, as `mariadb -e` does.
// Usage: php run-sql.php DOCROOT SITE_URL 'STATEMENT'
[$_, $docroot, $site_url, $statement] = $argv + [null, null, null, null];
if (!$docroot || !$site_url || !$statement) {
    fwrite(STDERR, "usage: php run-sql.php DOCROOT SITE_URL 'STATEMENT'\n");
    exit(2);
}
$_SERVER['HTTP_HOST'] = parse_url($site_url, PHP_URL_HOST) . ':' . parse_url($site_url, PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/';
require $docroot . '/wp-load.php';

global $wpdb;
$wpdb->suppress_errors(true);
if (preg_match('/^\s*(SELECT|SHOW|DESCRIBE|EXPLAIN)\b/i', $statement)) {
    $rows = $wpdb->get_results($statement, ARRAY_N);
    foreach ((array) $rows as $row) {
        echo implode("\t", array_map('strval', $row)) . "\n";
    }
} else {
    $wpdb->query($statement);
}
if ($wpdb->last_error !== '') {
    fwrite(STDERR, $wpdb->last_error . "\n");
    exit(1);
}
