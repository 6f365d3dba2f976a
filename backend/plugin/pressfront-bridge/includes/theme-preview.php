<?php
// Live preview of a Pressfront theme, for the administrator who asks: a link to the frontend
// signed with the shared secret, good for five minutes and one use, carrying the theme, the
// options being tried, and where the preview bar's "Activate" and "Exit" lead back here. The
// frontend turns it into a session cookie for that browser alone and never caches what it shows.

defined('ABSPATH') || exit;

const PRESSFRONT_BRIDGE_THEME_PREVIEW_SECONDS = 300;

/** The nonce'd address that activates $theme (the preview bar's "Activate" opens it). */
function pressfront_bridge_activate_url(string $theme): string
{
    return add_query_arg(
        [
            'action' => 'pressfront_bridge_activate_theme',
            'theme' => $theme,
            '_wpnonce' => wp_create_nonce('pressfront_bridge_activate_theme'),
        ],
        admin_url('admin-post.php')
    );
}

/** The frontend address that opens a live preview of $theme with $options, or null without a frontend. */
function pressfront_bridge_theme_preview_url(string $theme, array $options, string $path = '/'): ?string
{
    $frontend = pressfront_bridge_frontends()[0] ?? null;
    if (!$frontend) {
        return null;
    }
    $payload = pressfront_bridge_base64url(wp_json_encode([
        'theme' => $theme,
        'options' => (object) $options,
        'nonce' => wp_generate_password(24, false),
        'exp' => time() + PRESSFRONT_BRIDGE_THEME_PREVIEW_SECONDS,
        'activateUrl' => pressfront_bridge_activate_url($theme),
        'exitUrl' => pressfront_bridge_themes_url(),
    ]));
    $signature = hash_hmac('sha256', 'theme-preview.' . $payload, pressfront_bridge_secret());
    return $frontend . '/api/theme-preview/?token=' . rawurlencode($payload . '.' . $signature)
        . '&path=' . rawurlencode($path);
}

/**
 * admin-ajax: a fresh preview link for the options in the Customise form, so the preview follows
 * the form before anything is saved. Administrators who may switch themes only.
 */
function pressfront_bridge_ajax_theme_preview_link(): void
{
    if (!current_user_can('switch_themes')) {
        wp_send_json_error(['message' => __('You may not preview the site’s themes.', 'pressfront-bridge')], 403);
    }
    check_ajax_referer('pressfront_bridge_customize');
    $theme = pressfront_bridge_sanitize_theme(wp_unslash($_POST['theme'] ?? ''));
    $raw = (string) wp_unslash($_POST['options'] ?? '{}');
    $options = strlen($raw) <= 8192 ? json_decode($raw, true) : null;
    if ($theme === '' || !is_array($options)) {
        wp_send_json_error(['message' => __('A theme and its options are needed for a preview.', 'pressfront-bridge')], 400);
    }
    $url = pressfront_bridge_theme_preview_url($theme, $options);
    if (!$url) {
        wp_send_json_error(['message' => __('No frontend address is set under Settings → Pressfront.', 'pressfront-bridge')], 400);
    }
    wp_send_json_success(['url' => $url]);
}
add_action('wp_ajax_pressfront_bridge_theme_preview_link', 'pressfront_bridge_ajax_theme_preview_link');
