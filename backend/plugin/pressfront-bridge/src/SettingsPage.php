<?php

namespace Pressfront\Bridge;

defined('ABSPATH') || exit;

/**
 * Settings → Pressfront: where the frontend lives, the shared secret, a connection test, and the
 * last deliveries (what was sent, when, and what the frontend answered). The secret is shown
 * masked; an administrator reveals it on demand, once, as WordPress shows an Application Password.
 */
final class SettingsPage
{
    public const PAGE = 'pressfront-bridge';
    public const SAVE_ACTION = 'pressfront_bridge_save';
    public const REVEAL_ACTION = 'pressfront_bridge_reveal';
    public const REVEAL_TRANSIENT = 'pressfront_bridge_reveal_';
    private const REVEAL_SECONDS = 60;

    /** @var Settings */
    private $settings;
    /** @var Delivery */
    private $delivery;
    /** @var ImageFormats */
    private $image_formats;

    public function __construct(Settings $settings, Delivery $delivery, ImageFormats $image_formats)
    {
        $this->settings = $settings;
        $this->delivery = $delivery;
        $this->image_formats = $image_formats;
    }

    public function register(): void
    {
        add_action('admin_menu', [$this, 'menu']);
        add_action('admin_post_' . self::SAVE_ACTION, [$this, 'save']);
        add_action('admin_post_' . self::REVEAL_ACTION, [$this, 'reveal']);
    }

    public function menu(): void
    {
        add_options_page(
            __('Pressfront', 'pressfront-bridge'),
            __('Pressfront', 'pressfront-bridge'),
            'manage_options',
            self::PAGE,
            [$this, 'render']
        );
    }

    private static function url(string $notice): string
    {
        return add_query_arg('notice', $notice, admin_url('options-general.php?page=' . self::PAGE));
    }

    private static function reveal_key(): string
    {
        return self::REVEAL_TRANSIENT . get_current_user_id();
    }

    public function save(): void
    {
        if (!current_user_can('manage_options')) {
            wp_die(esc_html__('You may not change these settings.', 'pressfront-bridge'), 403);
        }
        check_admin_referer(self::SAVE_ACTION);
        $this->settings->save_frontends(sanitize_textarea_field(wp_unslash($_POST['frontends'] ?? '')));
        $this->image_formats->save(sanitize_text_field(wp_unslash($_POST['image_format'] ?? '')));
        $notice = 'saved';
        if (!empty($_POST['regenerate'])) {
            $this->settings->regenerate_secret();
            // The new secret must reach the frontend's configuration: show it once, now.
            set_transient(self::reveal_key(), 1, self::REVEAL_SECONDS);
            $notice = 'regenerated';
        }
        if (!empty($_POST['test'])) {
            $body = (string) wp_json_encode(['tags' => ['site'], 'event' => 'connection.test']);
            $ok = true;
            $frontends = $this->settings->frontends();
            foreach ($frontends as $frontend) {
                // An attempt past the retries: a failed test is reported, never retried.
                $ok = $this->delivery->send($frontend, $body, 99)['status'] === 200 && $ok;
            }
            $notice = $frontends && $ok ? 'test-ok' : 'test-failed';
        }
        wp_safe_redirect(self::url($notice));
        exit;
    }

    /** "Reveal": the next view of the settings page, by this administrator only, shows the secret. */
    public function reveal(): void
    {
        if (!current_user_can('manage_options')) {
            wp_die(esc_html__('You may not see the shared secret.', 'pressfront-bridge'), 403);
        }
        check_admin_referer(self::REVEAL_ACTION);
        set_transient(self::reveal_key(), 1, self::REVEAL_SECONDS);
        wp_safe_redirect(self::url('revealed'));
        exit;
    }

    public function render(): void
    {
        if (!current_user_can('manage_options')) {
            return;
        }
        // Shown in full once, right after the administrator asked (or made a new one).
        $reveal = (bool) get_transient(self::reveal_key());
        if ($reveal) {
            delete_transient(self::reveal_key());
        }
        $secret = $this->settings->secret();
        $view = [
            'notice' => sanitize_key($_GET['notice'] ?? ''),
            'messages' => [
                'saved' => ['success', __('Settings saved.', 'pressfront-bridge')],
                'regenerated' => ['warning', __('A new secret was made: set it on the frontend now, or it will refuse what this site sends.', 'pressfront-bridge')],
                'revealed' => ['info', __('The secret is shown below this once. Copy it now; it is masked again when you leave or reload this page.', 'pressfront-bridge')],
                'test-ok' => ['success', __('Every frontend accepted a signed test request.', 'pressfront-bridge')],
                'test-failed' => ['error', __('A frontend did not accept the test request: see the deliveries below.', 'pressfront-bridge')],
            ],
            'frontends' => (string) get_option(Settings::FRONTENDS, ''),
            'secret' => $reveal ? $secret : null,
            // Enough to tell two apart, not enough to use.
            'masked' => str_repeat('•', 12) . substr($secret, -4),
            'image_format' => $this->image_formats->chosen(),
            // Each offered format, and whether this server's image editor writes it.
            'image_formats' => array_map(function (string $label, string $mime): array {
                return ['mime' => $mime, 'label' => $label, 'supported' => $this->image_formats->supported($mime)];
            }, $this->image_formats->offered(), array_keys($this->image_formats->offered())),
            'deliveries' => $this->delivery->recent(),
        ];
        require Plugin::view('settings-page');
    }
}
