<?php
// Runs WordPress's registered personal-data exporters or erasers for one address, as Tools →
// Export/Erase Personal Data would, and prints what they returned as JSON (for the e2e tests).
// Usage: php privacy.php DOCROOT SITE_URL export|erase EMAIL
[$_, $docroot, $site_url, $action, $email] = $argv + [null, null, null, null, null];
if (!$docroot || !$site_url || !in_array($action, ['export', 'erase'], true) || !$email) {
    fwrite(STDERR, "usage: php privacy.php DOCROOT SITE_URL export|erase EMAIL\n");
    exit(2);
}
$_SERVER['HTTP_HOST'] = parse_url($site_url, PHP_URL_HOST) . ':' . parse_url($site_url, PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/';
// WordPress's bootstrap uses global names like $action: keep ours out of its way.
define('PRESSFRONT_PRIVACY_MODE', $action);
define('PRESSFRONT_PRIVACY_EMAIL', $email);
require $docroot . '/wp-load.php';

$tools = PRESSFRONT_PRIVACY_MODE === 'export'
    ? apply_filters('wp_privacy_personal_data_exporters', [])
    : apply_filters('wp_privacy_personal_data_erasers', []);
$results = [];
foreach ($tools as $key => $tool) {
    $results[$key] = call_user_func($tool['callback'], PRESSFRONT_PRIVACY_EMAIL, 1);
}
echo wp_json_encode($results, JSON_PRETTY_PRINT) . "\n";
