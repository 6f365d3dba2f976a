<?php

/**
 * Plugin Name:       Pressfront Bridge
 * Description:       Connects this WordPress to its Pressfront frontend: tells it what changed (signed revalidation), opens previews there, keeps its newsletter subscribers (double opt-in), redirects old slugs, and declares the menu locations it renders.
 * Version:           0.2.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           GPL-2.0-or-later
 * Text Domain:       pressfront-bridge
 * Domain Path:       /languages
 */

defined('ABSPATH') || exit;

require_once __DIR__ . '/src/autoload.php';

Pressfront\Bridge\Plugin::boot(__FILE__);
