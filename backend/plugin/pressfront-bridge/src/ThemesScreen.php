<?php

namespace Pressfront\Bridge;

use WP_Error;

defined('ABSPATH') || exit;

/**
 * Appearance → Pressfront themes: the frontend's themes, as a site owner expects to choose a
 * theme — label, description, version, screenshot, the active one marked, "Activate" for the
 * others. The list comes from the frontend (a signed request); activating sets the option the
 * frontend reads (Themes). Where the site is served by Pressfront, WordPress's own Themes,
 * Customize and Site Editor screens lead here: the PHP theme they would show is not what readers
 * see. Capabilities as core's Themes screen asks them: switch_themes.
 */
final class ThemesScreen
{
    public const PAGE = 'pressfront-themes';

    /** @var Settings */
    private $settings;
    /** @var Frontends */
    private $frontends;
    /** @var Themes */
    private $themes;
    /** @var CustomizeScreen|null Set by the Customise screen, which this one opens. */
    private $customize;

    public function __construct(Settings $settings, Frontends $frontends, Themes $themes)
    {
        $this->settings = $settings;
        $this->frontends = $frontends;
        $this->themes = $themes;
    }

    public function register(): void
    {
        add_action('admin_menu', [$this, 'menu']);
        foreach (['load-themes.php', 'load-customize.php', 'load-site-editor.php'] as $hook) {
            add_action($hook, [$this, 'lead_here']);
        }
        add_action('admin_post_' . ThemePreview::ACTIVATE_ACTION, [$this, 'activate']);
    }

    public function opens(CustomizeScreen $customize): void
    {
        $this->customize = $customize;
    }

    public static function url(array $args = []): string
    {
        return add_query_arg($args, admin_url('themes.php?page=' . self::PAGE));
    }

    public function menu(): void
    {
        add_theme_page(
            __('Pressfront themes', 'pressfront-bridge'),
            __('Pressfront themes', 'pressfront-bridge'),
            'switch_themes',
            self::PAGE,
            [$this, 'render']
        );
    }

    /** WordPress's own theme screens, where Pressfront serves the site: here instead. */
    public function lead_here(): void
    {
        if ($this->settings->frontends() && current_user_can('switch_themes')) {
            wp_safe_redirect(self::url(['from' => 'wordpress']));
            exit;
        }
    }

    /**
     * What the first frontend says it has: ['frontend', 'themes' => [name => [name, label,
     * description, version, screenshot, options]], 'default', 'pinned'], or a WP_Error when it
     * cannot be asked.
     *
     * @return array|WP_Error
     */
    public function frontend_themes()
    {
        $frontend = $this->frontends->first();
        if (!$frontend) {
            return new WP_Error('pressfront_no_frontend', __('No frontend address is set under Settings → Pressfront, so there are no themes to choose from.', 'pressfront-bridge'));
        }
        $response = $this->frontends->ask($frontend, 'GET', '/api/themes/', 'themes');
        $data = is_wp_error($response) || wp_remote_retrieve_response_code($response) !== 200
            ? null
            : json_decode(wp_remote_retrieve_body($response), true);
        if (!is_array($data) || !isset($data['themes']) || !is_array($data['themes'])) {
            return new WP_Error('pressfront_frontend_unreachable', sprintf(
                /* translators: %s: the frontend's address */
                __('The frontend at %s could not be reached (or did not accept this site’s signature), so its themes cannot be shown and nothing was changed.', 'pressfront-bridge'),
                $frontend
            ));
        }
        $themes = [];
        foreach ($data['themes'] as $theme) {
            $name = Themes::sanitize_name($theme['name'] ?? '');
            if ($name === '') {
                continue;
            }
            $screenshot = is_string($theme['screenshot'] ?? null) && preg_match('#^/[A-Za-z0-9/_.-]+$#', $theme['screenshot'])
                ? $frontend . $theme['screenshot']
                : '';
            $themes[$name] = [
                'name' => $name,
                'label' => sanitize_text_field((string) ($theme['label'] ?? $name)),
                'description' => sanitize_text_field((string) ($theme['description'] ?? '')),
                'version' => sanitize_text_field((string) ($theme['version'] ?? '')),
                'screenshot' => $screenshot,
                // The form fields of its options (kind, label, help, default, choices…): rendered
                // escaped, and whatever is submitted is checked by the frontend before it is stored.
                'options' => isset($theme['options']) && is_array($theme['options']) ? array_values(array_filter($theme['options'], 'is_array')) : [],
            ];
        }
        return [
            'frontend' => $frontend,
            'themes' => $themes,
            'default' => Themes::sanitize_name($data['default'] ?? ''),
            'pinned' => Themes::sanitize_name($data['pinned'] ?? ''),
        ];
    }

    /** The theme readers see: the pinned one, else the one activated here, else the frontend's default. */
    public function shown_theme(array $known): string
    {
        $active = $this->themes->active();
        return $known['pinned'] !== '' ? $known['pinned'] : ($active !== '' ? $active : $known['default']);
    }

    /** A POST from this screen, or the nonce'd link of a live preview's "Activate". */
    public function activate(): void
    {
        if (!current_user_can('switch_themes')) {
            wp_die(esc_html__('You may not choose the site’s theme.', 'pressfront-bridge'), 403);
        }
        check_admin_referer(ThemePreview::ACTIVATE_ACTION);
        $name = Themes::sanitize_name(wp_unslash($_REQUEST['theme'] ?? ''));
        $known = $this->frontend_themes();
        if (is_wp_error($known)) {
            $notice = 'unreachable';
        } elseif ($known['pinned'] !== '') {
            $notice = 'pinned';
        } elseif (!isset($known['themes'][$name])) {
            $notice = 'unknown';
        } else {
            $this->themes->activate($name);
            $notice = 'activated';
        }
        wp_safe_redirect(self::url(['notice' => $notice]));
        exit;
    }

    public function render(): void
    {
        if (!current_user_can('switch_themes')) {
            return;
        }
        $known = $this->frontend_themes();
        $customize = Themes::sanitize_name(wp_unslash($_GET['customize'] ?? ''));
        if ($this->customize && $customize !== '' && !is_wp_error($known) && isset($known['themes'][$customize])) {
            $this->customize->render($known, $customize);
            return;
        }
        $view = [
            'known' => $known,
            'active' => $this->themes->active(),
            'shown' => is_wp_error($known) ? '' : $this->shown_theme($known),
            'from_wordpress' => isset($_GET['from']),
            'notice' => sanitize_key($_GET['notice'] ?? ''),
            'messages' => [
                'activated' => ['success', __('Theme activated. Every frontend shows it from the next page a reader opens.', 'pressfront-bridge')],
                'pinned' => ['error', __('The frontend’s configuration pins its theme, so nothing was changed.', 'pressfront-bridge')],
                'unknown' => ['error', __('The frontend does not have that theme, so nothing was changed.', 'pressfront-bridge')],
                'unreachable' => ['error', __('The frontend could not be reached, so nothing was changed.', 'pressfront-bridge')],
            ],
        ];
        require Plugin::view('themes-screen');
    }
}
