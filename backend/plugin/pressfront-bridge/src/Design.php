<?php

namespace Pressfront\Bridge;

defined('ABSPATH') || exit;

/**
 * GET /wp-json/pressfront/v1/design
 * The site's design as WordPress itself resolves it: core's, the PHP theme's (and the style
 * variation picked in the Site Editor) and the owner's Styles merged by WP_Theme_JSON — settings,
 * styles, the stylesheet parts WordPress generates from them, and the theme's font faces. The
 * frontend validates all of it (the theme and the owner's edits are not trusted there) and never
 * merges theme.json itself. Public: it is what every page of the site prints in its head.
 *
 * Saving Styles, picking a style variation (both save the wp_global_styles post) and switching the
 * PHP theme tell every frontend at once under the `design` tag.
 */
final class Design
{
    public const TAG = 'design';

    /** @var Revalidation */
    private $revalidation;

    public function __construct(Revalidation $revalidation)
    {
        $this->revalidation = $revalidation;
    }

    public function register(): void
    {
        add_action('rest_api_init', [$this, 'routes']);
        add_action('save_post_wp_global_styles', [$this, 'on_styles_saved']);
        add_action('switch_theme', [$this, 'on_theme_switched']);
    }

    public function routes(): void
    {
        register_rest_route(Plugin::REST_NAMESPACE, '/design', [
            'methods' => 'GET',
            'permission_callback' => '__return_true',
            'callback' => [$this, 'answer'],
        ]);
    }

    public function answer(): array
    {
        $theme = wp_get_theme();
        return [
            'wordpress' => get_bloginfo('version'),
            'theme' => [
                'stylesheet' => get_stylesheet(),
                'name' => (string) $theme->get('Name'),
                'block' => function_exists('wp_is_block_theme') && wp_is_block_theme(),
            ],
            // Objects even when empty: PHP's [] would reach the frontend as a JSON list.
            'settings' => (object) wp_get_global_settings(),
            'styles' => (object) wp_get_global_styles(),
            'css' => [
                'variables' => wp_get_global_stylesheet(['variables']),
                'presets' => wp_get_global_stylesheet(['presets']),
                'styles' => wp_get_global_stylesheet(['styles']),
                // The owner's Additional CSS in Styles (WordPress 6.2+).
                'custom' => function_exists('wp_get_global_styles_custom_css') ? wp_get_global_styles_custom_css() : '',
            ],
            'fontFaces' => $this->font_faces(),
        ];
    }

    /**
     * The theme's font faces (theme.json's fontFamilies[].fontFace), their `file:./` sources made
     * addresses in the theme's folder, as WordPress resolves them when it prints them.
     */
    private function font_faces(): array
    {
        $families = wp_get_global_settings(['typography', 'fontFamilies']);
        $faces = [];
        foreach (['theme', 'custom'] as $origin) {
            foreach ((array) ($families[$origin] ?? []) as $family) {
                foreach ((array) ($family['fontFace'] ?? []) as $face) {
                    if (!is_array($face) || !isset($face['src'])) {
                        continue;
                    }
                    $face['src'] = array_map([$this, 'font_url'], (array) $face['src']);
                    $face['slug'] = (string) ($family['slug'] ?? '');
                    $faces[] = $face;
                }
            }
        }
        return $faces;
    }

    private function font_url($src): string
    {
        $src = (string) $src;
        if (strpos($src, 'file:./') === 0) {
            return get_theme_file_uri(substr($src, strlen('file:./')));
        }
        return $src;
    }

    public function on_styles_saved(): void
    {
        $this->revalidation->queue([self::TAG], 'design.saved');
    }

    public function on_theme_switched(): void
    {
        $this->revalidation->queue([self::TAG], 'design.theme-switched');
    }
}
