<?php
// Switches the PHP theme as Appearance → Themes does (switch_theme(), so its hooks run: the plugin
// tells the frontends the design changed). Usage: php switch-theme.php DOCROOT SITE_URL STYLESHEET
[$_, $docroot, $site_url, $stylesheet] = $argv + [null, null, null, null];
if (!$docroot || !$site_url || !$stylesheet) {
    fwrite(STDERR, "usage: php switch-theme.php DOCROOT SITE_URL STYLESHEET\n");
    exit(2);
}
$_SERVER['HTTP_HOST'] = parse_url($site_url, PHP_URL_HOST) . ':' . parse_url($site_url, PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/';
require $docroot . '/wp-load.php';

$theme = wp_get_theme($stylesheet);
if (!$theme->exists()) {
    fwrite(STDERR, "no theme $stylesheet in " . get_theme_root() . "\n");
    exit(1);
}
switch_theme($stylesheet);
echo 'stylesheet=' . get_stylesheet() . "\n";
