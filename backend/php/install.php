<?php
// Installs WordPress without a browser (there is no WP-CLI package here), then prints the
// Application Password the seed script and the frontend use, as shell variables on stdout.
// Usage: php install.php DOCROOT SITE_URL [ADMIN_PASSWORD_FILE]
// The administrator's password goes to ADMIN_PASSWORD_FILE, by default admin-password.txt beside
// DOCROOT (WordPress Playground runs this in its own file system, where that is not the host's).
[$_, $docroot, $site_url, $password_file] = $argv + [null, null, null, null];
if (!$docroot || !$site_url) {
    fwrite(STDERR, "usage: php install.php DOCROOT SITE_URL [ADMIN_PASSWORD_FILE]\n");
    exit(2);
}
$password_file = $password_file ?: dirname($docroot) . '/admin-password.txt';

define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = parse_url($site_url, PHP_URL_HOST) . ':' . parse_url($site_url, PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/';
require $docroot . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

if (!is_blog_installed()) {
    $admin_password = wp_generate_password(24, false);
    $result = wp_install('Pressfront Daily', 'admin', 'admin@example.test', true, '', $admin_password);
    if (is_wp_error($result)) {
        fwrite(STDERR, $result->get_error_message() . "\n");
        exit(1);
    }
    file_put_contents($password_file, $admin_password . "\n");
}

update_option('blogdescription', 'Independent news, slow journalism and the occasional 🍿');
require __DIR__ . '/permalinks.php';
pressfront_set_permalink_structure('/%postname%/');
update_option('timezone_string', 'Europe/Lisbon');
update_option('date_format', 'F j, Y');
update_option('posts_per_page', 10);
update_option('default_comment_status', 'open');
// Avatars come from gravatar.com, which this offline machine cannot reach: themes show initials.
update_option('show_avatars', 0);
// Keep the demo deterministic: no sample content from wp_install().
wp_delete_post(1, true);
wp_delete_post(2, true);
wp_delete_post(3, true);

require_once ABSPATH . 'wp-admin/includes/plugin.php';
$activated = activate_plugin('pressfront-bridge/pressfront-bridge.php');
if (is_wp_error($activated)) {
    fwrite(STDERR, 'could not activate pressfront-bridge: ' . $activated->get_error_message() . "\n");
    exit(1);
}

$admin = get_user_by('login', 'admin');
[$password] = WP_Application_Passwords::create_new_application_password(
    $admin->ID,
    ['name' => 'pressfront-' . gmdate('YmdHis')]
);
echo "WORDPRESS_APP_USER=admin\n";
echo "WORDPRESS_APP_PASSWORD='" . $password . "'\n";
