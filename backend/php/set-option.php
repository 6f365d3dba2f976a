<?php
// Sets one WordPress option from the command line, for options the REST API cannot change
// (the permalink structure above all; rewrite rules are flushed after it).
// Usage: php set-option.php DOCROOT SITE_URL NAME VALUE   (VALUE "json:…" stores the decoded JSON)
[$_, $docroot, $site_url, $name, $value] = $argv + [null, null, null, null, null];
if (!$docroot || !$site_url || !$name || $value === null) {
    fwrite(STDERR, "usage: php set-option.php DOCROOT SITE_URL NAME VALUE\n");
    exit(2);
}
$_SERVER['HTTP_HOST'] = parse_url($site_url, PHP_URL_HOST) . ':' . parse_url($site_url, PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/';
require $docroot . '/wp-load.php';

if ($name === 'permalink_structure') {
    require __DIR__ . '/permalinks.php';
    pressfront_set_permalink_structure($value);
    echo "$name=" . get_option($name) . "\n";
} else {
    // The local must-use plugin's (backend/mu-plugins/pressfront-local.php), as its REST route does.
    echo pressfront_local_set_option($name, $value) . "\n";
}
