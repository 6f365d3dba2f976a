<?php
/**
 * Plugin Name:       Pressfront Bridge
 * Description:       Connects this WordPress to its Pressfront frontend: tells it what changed (signed revalidation), opens previews there, keeps its newsletter subscribers (double opt-in), redirects old slugs, and declares the menu locations it renders.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           GPL-2.0-or-later
 * Text Domain:       pressfront-bridge
 */

defined('ABSPATH') || exit;

define('PRESSFRONT_BRIDGE_NAMESPACE', 'pressfront/v1');

require __DIR__ . '/includes/menus.php';
require __DIR__ . '/includes/redirects.php';
require __DIR__ . '/includes/rest-fields.php';
require __DIR__ . '/includes/bundle.php';
require __DIR__ . '/includes/bundle-embeds.php';
require __DIR__ . '/includes/changes.php';
require __DIR__ . '/includes/revalidate.php';
require __DIR__ . '/includes/themes.php';
require __DIR__ . '/includes/themes-screen.php';
require __DIR__ . '/includes/theme-preview.php';
require __DIR__ . '/includes/customize-screen.php';
require __DIR__ . '/includes/previews.php';
require __DIR__ . '/includes/image-formats.php';
require __DIR__ . '/includes/settings-page.php';
require __DIR__ . '/includes/signed-requests.php';
require __DIR__ . '/includes/subscribers/store.php';
require __DIR__ . '/includes/subscribers/mail.php';
require __DIR__ . '/includes/subscribers/rest.php';
require __DIR__ . '/includes/subscribers/admin.php';
require __DIR__ . '/includes/subscribers/privacy.php';
