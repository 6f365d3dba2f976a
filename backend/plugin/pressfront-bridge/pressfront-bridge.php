<?php
/**
 * Plugin Name:       Pressfront Bridge
 * Description:       Connects this WordPress to its Pressfront frontend: redirects for old slugs, and the reading settings and menus the frontend needs.
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
