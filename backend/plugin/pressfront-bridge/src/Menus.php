<?php

namespace Pressfront\Bridge;

defined('ABSPATH') || exit;

/**
 * The frontend is this site's theme: it declares the menu locations it renders, so editors can
 * assign menus under Appearance → Menus (or the REST API) whatever PHP theme is active.
 */
final class Menus
{
    public function register(): void
    {
        add_action('after_setup_theme', [$this, 'register_locations'], 20);
    }

    public function register_locations(): void
    {
        register_nav_menus([
            'primary' => __('Pressfront header', 'pressfront-bridge'),
            'footer' => __('Pressfront footer', 'pressfront-bridge'),
        ]);
    }
}
