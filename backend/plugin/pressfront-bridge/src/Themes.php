<?php

namespace Pressfront\Bridge;

use WP_REST_Response;

defined('ABSPATH') || exit;

/**
 * Which of the frontend's themes the site shows, and what its owner customised: chosen here, in
 * WordPress, like a PHP theme. Options of ours, published in the REST index (public, read with the
 * site's name on every page) and the active theme also through /wp/v2/settings. A change tells
 * every frontend at once (the `site` tag: every page reads it) — no restart, no rebuild. Empty:
 * the frontend's default theme.
 */
final class Themes
{
    public const ACTIVE_OPTION = 'pressfront_bridge_active_theme';
    /**
     * What the site owner customised, per theme: [theme name => [option => value]], each set
     * checked by the frontend (POST /api/themes/options/) before it is stored here.
     */
    public const OPTIONS_OPTION = 'pressfront_bridge_theme_options';

    /** @var Revalidation */
    private $revalidation;

    public function __construct(Revalidation $revalidation)
    {
        $this->revalidation = $revalidation;
    }

    public function register(): void
    {
        add_action('init', [$this, 'register_setting']);
        add_action('rest_api_init', [$this, 'register_setting']);
        add_filter('rest_index', [$this, 'add_to_index']);
        add_action('update_option_' . self::ACTIVE_OPTION, [$this, 'on_activated']);
        add_action('add_option_' . self::ACTIVE_OPTION, [$this, 'on_activated']);
        // Customised options, a new logo or icon: every page shows them, like the site's name.
        foreach ([self::OPTIONS_OPTION, 'site_logo', 'site_icon'] as $option) {
            add_action('update_option_' . $option, [$this, 'on_customized']);
            add_action('add_option_' . $option, [$this, 'on_customized']);
        }
    }

    /** A theme name as the frontend names its theme folders; anything else is ''. */
    public static function sanitize_name($value): string
    {
        $value = is_string($value) ? strtolower(trim($value)) : '';
        return preg_match('/^[a-z0-9-]{1,64}$/', $value) ? $value : '';
    }

    public function register_setting(): void
    {
        register_setting('pressfront', self::ACTIVE_OPTION, [
            'type' => 'string',
            'description' => __('The Pressfront theme the public site renders with.', 'pressfront-bridge'),
            'sanitize_callback' => [self::class, 'sanitize_name'],
            'default' => '',
            'show_in_rest' => ['name' => 'pressfront_theme'],
        ]);
    }

    public function active(): string
    {
        return self::sanitize_name(get_option(self::ACTIVE_OPTION, ''));
    }

    public function activate(string $name): void
    {
        update_option(self::ACTIVE_OPTION, $name);
    }

    /** Every theme's stored options, by theme name. */
    public function stored_options(): array
    {
        $stored = get_option(self::OPTIONS_OPTION, []);
        return is_array($stored) ? $stored : [];
    }

    /** Stores one theme's options, as the frontend normalised them. */
    public function store_options(string $theme, array $values): void
    {
        $stored = $this->stored_options();
        $stored[$theme] = $values;
        update_option(self::OPTIONS_OPTION, $stored);
    }

    /**
     * The site logo: the Site Logo block's option (where block themes and our screen keep it), else
     * the classic Custom Logo of the PHP theme. Null when there is none (or it was deleted).
     */
    public static function site_logo(): ?array
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

    /** The active theme, its options and the logo beside the site's name in the REST index. */
    public function add_to_index(WP_REST_Response $response): WP_REST_Response
    {
        $data = $response->get_data();
        $data['pressfront_theme'] = $this->active();
        // An object even when empty: PHP's [] would reach the frontend as a JSON list.
        $data['pressfront_theme_options'] = (object) $this->stored_options();
        $data['pressfront_site_logo'] = self::site_logo();
        $response->set_data($data);
        return $response;
    }

    public function on_activated(): void
    {
        $this->revalidation->queue(['site'], 'theme.activated');
    }

    public function on_customized(): void
    {
        $this->revalidation->queue(['site'], 'theme.customized');
    }
}
