<?php

namespace Pressfront\Bridge;

defined('ABSPATH') || exit;

/**
 * Live preview of a Pressfront theme, for the administrator who asks: a link to the frontend
 * signed with the shared secret, good for five minutes and one use, carrying the theme, the
 * options being tried, and where the preview bar's "Activate" and "Exit" lead back here. The
 * frontend turns it into a session cookie for that browser alone and never caches what it shows.
 */
final class ThemePreview
{
    public const SECONDS = 300;
    public const ACTIVATE_ACTION = 'pressfront_bridge_activate_theme';
    public const AJAX_ACTION = 'pressfront_bridge_theme_preview_link';
    public const CUSTOMIZE_NONCE = 'pressfront_bridge_customize';

    /** @var Settings */
    private $settings;
    /** @var Signer */
    private $signer;

    public function __construct(Settings $settings, Signer $signer)
    {
        $this->settings = $settings;
        $this->signer = $signer;
    }

    public function register(): void
    {
        add_action('wp_ajax_' . self::AJAX_ACTION, [$this, 'ajax_link']);
    }

    /** The nonce'd address that activates $theme (the preview bar's "Activate" opens it). */
    public static function activate_url(string $theme): string
    {
        return add_query_arg(
            [
                'action' => self::ACTIVATE_ACTION,
                'theme' => $theme,
                '_wpnonce' => wp_create_nonce(self::ACTIVATE_ACTION),
            ],
            admin_url('admin-post.php')
        );
    }

    /** The frontend address that opens a live preview of $theme with $options, or null without a frontend. */
    public function url(string $theme, array $options, string $path = '/'): ?string
    {
        $frontend = $this->settings->first_frontend();
        if (!$frontend) {
            return null;
        }
        $token = $this->signer->token('theme-preview', [
            'theme' => $theme,
            'options' => (object) $options,
            'nonce' => wp_generate_password(24, false),
            'exp' => time() + self::SECONDS,
            'activateUrl' => self::activate_url($theme),
            'exitUrl' => ThemesScreen::url(),
        ]);
        return $frontend . '/api/theme-preview/?token=' . rawurlencode($token) . '&path=' . rawurlencode($path);
    }

    /**
     * admin-ajax: a fresh preview link for the options in the Customise form, so the preview follows
     * the form before anything is saved. Administrators who may switch themes only.
     */
    public function ajax_link(): void
    {
        if (!current_user_can('switch_themes')) {
            wp_send_json_error(['message' => __('You may not preview the site’s themes.', 'pressfront-bridge')], 403);
        }
        check_ajax_referer(self::CUSTOMIZE_NONCE);
        $theme = Themes::sanitize_name(wp_unslash($_POST['theme'] ?? ''));
        $raw = (string) wp_unslash($_POST['options'] ?? '{}');
        $options = strlen($raw) <= 8192 ? json_decode($raw, true) : null;
        if ($theme === '' || !is_array($options)) {
            wp_send_json_error(['message' => __('A theme and its options are needed for a preview.', 'pressfront-bridge')], 400);
        }
        $url = $this->url($theme, $options);
        if (!$url) {
            wp_send_json_error(['message' => __('No frontend address is set under Settings → Pressfront.', 'pressfront-bridge')], 400);
        }
        wp_send_json_success(['url' => $url]);
    }
}
