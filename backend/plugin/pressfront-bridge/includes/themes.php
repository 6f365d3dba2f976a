<?php
// Which of the frontend's themes the site shows: chosen here, in WordPress, like a PHP theme. An
// option of ours, published in the REST index (public, cached by the frontend with the site's
// name and tagline) and changeable by administrators through /wp/v2/settings. Changing it tells
// every frontend at once (the `site` tag: every page reads it), so the next request renders in the
// new theme — no restart, no rebuild. Empty: the frontend's default theme.

defined('ABSPATH') || exit;

const PRESSFRONT_BRIDGE_THEME_OPTION = 'pressfront_bridge_active_theme';
// What the site owner customised, per theme: [theme name => [option => value]], each set checked
// by the frontend (POST /api/themes/options/) before it is stored here.
const PRESSFRONT_BRIDGE_THEME_OPTIONS_OPTION = 'pressfront_bridge_theme_options';

/** A theme name as the frontend names its theme folders; anything else is stored as empty. */
function pressfront_bridge_sanitize_theme($value): string
{
    $value = is_string($value) ? strtolower(trim($value)) : '';
    return preg_match('/^[a-z0-9-]{1,64}$/', $value) ? $value : '';
}

function pressfront_bridge_register_theme_setting(): void
{
    register_setting('pressfront', PRESSFRONT_BRIDGE_THEME_OPTION, [
        'type' => 'string',
        'description' => __('The Pressfront theme the public site renders with.', 'pressfront-bridge'),
        'sanitize_callback' => 'pressfront_bridge_sanitize_theme',
        'default' => '',
        'show_in_rest' => ['name' => 'pressfront_theme'],
    ]);
}
add_action('init', 'pressfront_bridge_register_theme_setting');
add_action('rest_api_init', 'pressfront_bridge_register_theme_setting');

/** Every theme's stored options, by theme name. */
function pressfront_bridge_stored_theme_options(): array
{
    $stored = get_option(PRESSFRONT_BRIDGE_THEME_OPTIONS_OPTION, []);
    return is_array($stored) ? $stored : [];
}

/** Stores one theme's options, as the frontend normalised them. */
function pressfront_bridge_store_theme_options(string $theme, array $values): void
{
    $stored = pressfront_bridge_stored_theme_options();
    $stored[$theme] = $values;
    update_option(PRESSFRONT_BRIDGE_THEME_OPTIONS_OPTION, $stored);
}

/**
 * The site logo: the Site Logo block's option (where block themes and our screen keep it), else
 * the classic Custom Logo of the PHP theme. Null when there is none (or it was deleted).
 */
function pressfront_bridge_site_logo(): ?array
{
    $id = (int) get_option('site_logo', 0);
    if (!$id) {
        $id = (int) get_theme_mod('custom_logo', 0);
    }
    $image = $id ? wp_get_attachment_image_src($id, 'full') : false;
    if (!$image) {
        return null;
    }
    return [
        'url' => $image[0],
        'width' => $image[1] ? (int) $image[1] : null,
        'height' => $image[2] ? (int) $image[2] : null,
        'alt' => (string) get_post_meta($id, '_wp_attachment_image_alt', true),
    ];
}

/** The active theme beside the site's name in the REST index, which every reader's page reads. */
function pressfront_bridge_index_theme(WP_REST_Response $response): WP_REST_Response
{
    $data = $response->get_data();
    $data['pressfront_theme'] = pressfront_bridge_sanitize_theme(get_option(PRESSFRONT_BRIDGE_THEME_OPTION, ''));
    // An object even when empty: PHP's [] would reach the frontend as a JSON list.
    $data['pressfront_theme_options'] = (object) pressfront_bridge_stored_theme_options();
    $data['pressfront_site_logo'] = pressfront_bridge_site_logo();
    $response->set_data($data);
    return $response;
}
add_filter('rest_index', 'pressfront_bridge_index_theme');

function pressfront_bridge_on_theme_changed(): void
{
    pressfront_bridge_queue(['site'], 'theme.activated');
}
add_action('update_option_' . PRESSFRONT_BRIDGE_THEME_OPTION, 'pressfront_bridge_on_theme_changed');
add_action('add_option_' . PRESSFRONT_BRIDGE_THEME_OPTION, 'pressfront_bridge_on_theme_changed');

/** Customised options, a new logo or icon: every page shows them, like the site's name. */
function pressfront_bridge_on_look_changed(): void
{
    pressfront_bridge_queue(['site'], 'theme.customized');
}
foreach ([PRESSFRONT_BRIDGE_THEME_OPTIONS_OPTION, 'site_logo', 'site_icon'] as $pressfront_bridge_option) {
    add_action('update_option_' . $pressfront_bridge_option, 'pressfront_bridge_on_look_changed');
    add_action('add_option_' . $pressfront_bridge_option, 'pressfront_bridge_on_look_changed');
}
unset($pressfront_bridge_option);
