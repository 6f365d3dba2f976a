<?php
// The frontend is this site's theme: it declares the menu locations it renders, so editors can
// assign menus under Appearance → Menus (or the REST API) whatever PHP theme is active.

defined('ABSPATH') || exit;

function pressfront_bridge_register_menus(): void
{
    register_nav_menus([
        'primary' => __('Pressfront header', 'pressfront-bridge'),
        'footer'  => __('Pressfront footer', 'pressfront-bridge'),
    ]);
}
add_action('after_setup_theme', 'pressfront_bridge_register_menus', 20);
