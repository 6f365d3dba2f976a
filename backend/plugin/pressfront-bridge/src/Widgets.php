<?php

namespace Pressfront\Bridge;

defined('ABSPATH') || exit;

/**
 * Widget areas, and what WordPress renders in them.
 *
 * The Bridge registers two areas for Pressfront's themes — a sidebar beside posts and archives, and
 * the footer — which the owner fills in Appearance → Widgets like any theme's. GET
 * /wp-json/pressfront/v1/widgets answers every registered area (the Bridge's, and the PHP theme's
 * or a plugin's) with its widgets' output, rendered as a PHP theme prints it (dynamic_sidebar:
 * block widgets and legacy ones alike). Public, as the output is on every page of a classic theme;
 * never the widgets' settings (core's /wp/v2/sidebars and /wp/v2/widgets ask edit_theme_options).
 *
 * Each area's output comes whole (`html`) and widget by widget (`widgets`), so that a theme can
 * draw the widgets that are a form — the Search widget and the Search block — with its own search
 * form: WordPress's form is markup the frontend does not keep from content.
 *
 * Saving widgets tells every frontend under the `widgets` tag. What they show also follows posts
 * and terms (Recent Posts, Categories): the frontend reads them under those tags too.
 */
final class Widgets
{
    public const TAG = 'widgets';
    public const SIDEBAR = 'pressfront-sidebar';
    public const FOOTER = 'pressfront-footer';

    /** @var Revalidation */
    private $revalidation;

    public function __construct(Revalidation $revalidation)
    {
        $this->revalidation = $revalidation;
    }

    public function register(): void
    {
        add_action('widgets_init', [$this, 'areas']);
        add_action('rest_api_init', [$this, 'routes']);
        add_action('updated_option', [$this, 'on_option_updated']);
        add_action('added_option', [$this, 'on_option_updated']);
    }

    public function areas(): void
    {
        $areas = [
            self::SIDEBAR => [
                __('Pressfront: sidebar', 'pressfront-bridge'),
                __('Beside posts and archives in Pressfront themes that show a sidebar; below the content on narrow screens.', 'pressfront-bridge'),
            ],
            self::FOOTER => [
                __('Pressfront: footer', 'pressfront-bridge'),
                __('In the footer of every page, in Pressfront themes.', 'pressfront-bridge'),
            ],
        ];
        foreach ($areas as $id => [$name, $description]) {
            register_sidebar([
                'id' => $id,
                'name' => $name,
                'description' => $description,
                'before_widget' => '<section id="%1$s" class="widget %2$s">',
                'after_widget' => '</section>',
                'before_title' => '<h2 class="widget-title">',
                'after_title' => '</h2>',
            ]);
        }
    }

    public function routes(): void
    {
        register_rest_route(Plugin::REST_NAMESPACE, '/widgets', [
            'methods' => 'GET',
            'permission_callback' => '__return_true',
            'callback' => [$this, 'answer'],
        ]);
    }

    public function answer(): array
    {
        global $wp_registered_sidebars;
        $areas = [];
        foreach ((array) $wp_registered_sidebars as $id => $sidebar) {
            $widgets = is_active_sidebar($id) ? $this->rendered((string) $id) : [];
            $areas[] = [
                'id' => (string) $id,
                'name' => (string) ($sidebar['name'] ?? $id),
                'role' => $id === self::SIDEBAR ? 'sidebar' : ($id === self::FOOTER ? 'footer' : null),
                'html' => trim(implode('', array_column($widgets, 'html'))),
                'widgets' => $widgets,
            ];
        }
        return ['areas' => $areas];
    }

    /**
     * An area's widgets as a theme prints them (dynamic_sidebar), each widget's output apart: each
     * starts where WordPress announces it (the `dynamic_sidebar` action, before its callback prints).
     *
     * @return array<int, array{id: string, kind: string, title: string, html: string}>
     */
    private function rendered(string $id): array
    {
        $starts = [];
        $announce = static function (array $widget) use (&$starts): void {
            $starts[] = [(string) ob_get_length(), (string) ($widget['id'] ?? '')];
        };
        add_action('dynamic_sidebar', $announce);
        ob_start();
        dynamic_sidebar($id);
        $output = (string) ob_get_clean();
        remove_action('dynamic_sidebar', $announce);

        $widgets = [];
        foreach ($starts as $i => [$start, $widget_id]) {
            $end = isset($starts[$i + 1]) ? (int) $starts[$i + 1][0] : strlen($output);
            $html = trim(substr($output, (int) $start, $end - (int) $start));
            if ($html === '') {
                continue;
            }
            $search = $this->search_widget($widget_id);
            $widgets[] = [
                'id' => $widget_id,
                'kind' => $search === null ? 'html' : 'search',
                'title' => $search ?? '',
                'html' => $html,
            ];
        }
        return $widgets;
    }

    /**
     * The title a search widget shows, when this widget is one: the legacy Search widget, or a
     * block widget holding a Search block and nothing else. Null for any other widget.
     */
    private function search_widget(string $widget_id): ?string
    {
        $id_base = _get_widget_id_base($widget_id);
        $number = (int) substr($widget_id, strlen($id_base) + 1);
        $instance = (array) (get_option('widget_' . $id_base)[$number] ?? []);
        if ($id_base === 'search') {
            return (string) ($instance['title'] ?? '');
        }
        if ($id_base !== 'block') {
            return null;
        }
        $blocks = array_values(array_filter(
            parse_blocks((string) ($instance['content'] ?? '')),
            static function (array $block): bool {
                return $block['blockName'] !== null;
            }
        ));
        if (count($blocks) !== 1 || $blocks[0]['blockName'] !== 'core/search') {
            return null;
        }
        $attrs = $blocks[0]['attrs'];
        // The block shows its label above its field unless the owner hid it: that is its title here.
        if (($attrs['showLabel'] ?? true) === false) {
            return '';
        }
        return (string) ($attrs['label'] ?? __('Search', 'pressfront-bridge'));
    }

    /** Widgets live in options: the areas' lists (sidebars_widgets) and each kind's settings (widget_…). */
    public function on_option_updated(string $option): void
    {
        if ($option === 'sidebars_widgets' || strpos($option, 'widget_') === 0) {
            $this->revalidation->queue([self::TAG], 'widgets.saved');
        }
    }
}
