<?php
// Which of the frontend's themes the site shows: chosen here, in WordPress, like a PHP theme. An
// option of ours, published in the REST index (public, cached by the frontend with the site's
// name and tagline) and changeable by administrators through /wp/v2/settings. Changing it tells
// every frontend at once (the `site` tag: every page reads it), so the next request renders in the
// new theme — no restart, no rebuild. Empty: the frontend's default theme.

defined('ABSPATH') || exit;

const PRESSFRONT_BRIDGE_THEME_OPTION = 'pressfront_bridge_active_theme';

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

/** The active theme beside the site's name in the REST index, which every reader's page reads. */
function pressfront_bridge_index_theme(WP_REST_Response $response): WP_REST_Response
{
    $data = $response->get_data();
    $data['pressfront_theme'] = pressfront_bridge_sanitize_theme(get_option(PRESSFRONT_BRIDGE_THEME_OPTION, ''));
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
