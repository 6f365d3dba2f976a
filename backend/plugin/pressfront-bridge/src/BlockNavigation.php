<?php

namespace Pressfront\Bridge;

use WP_Post;

defined('ABSPATH') || exit;

/**
 * GET /wp-json/pressfront/v1/navigation
 * A block theme keeps its navigation in a `wp_navigation` post (the Navigation block), not in a
 * classic menu location. This answers the one the site's header shows, as WordPress chooses it:
 * the Navigation block of the theme's `header` template part when it names one (`ref`), else the
 * most recently published `wp_navigation` post. Its blocks become a tree of items: links,
 * submenus, the home link and page lists (expanded to the published pages, as the block renders
 * them). Read-only: unlike WordPress's own fallback, it never creates a navigation post.
 *
 * Saving a navigation post tells the frontends under the `navigation` tag; the page list follows
 * the `pages` tag the frontend reads it under too.
 */
final class BlockNavigation
{
    public const TAG = 'navigation';
    private const MAX_DEPTH = 4;

    /** @var Revalidation */
    private $revalidation;

    public function __construct(Revalidation $revalidation)
    {
        $this->revalidation = $revalidation;
    }

    public function register(): void
    {
        add_action('rest_api_init', [$this, 'routes']);
        add_action('save_post_wp_navigation', [$this, 'on_saved']);
        add_action('switch_theme', [$this, 'on_saved']);
    }

    public function routes(): void
    {
        register_rest_route(Plugin::REST_NAMESPACE, '/navigation', [
            'methods' => 'GET',
            'permission_callback' => '__return_true',
            'callback' => [$this, 'answer'],
        ]);
    }

    public function answer(): array
    {
        $post = $this->header_navigation() ?? $this->most_recent();
        if (!$post) {
            return ['id' => 0, 'title' => '', 'items' => []];
        }
        return [
            'id' => $post->ID,
            'title' => get_the_title($post),
            'items' => $this->items(parse_blocks($post->post_content), 0),
        ];
    }

    /** The navigation post the header template part's Navigation block names, if it is published. */
    private function header_navigation(): ?WP_Post
    {
        if (!function_exists('wp_is_block_theme') || !wp_is_block_theme()) {
            return null;
        }
        $part = get_block_template(get_stylesheet() . '//header', 'wp_template_part');
        $ref = $part ? $this->first_ref(parse_blocks($part->content)) : 0;
        $post = $ref ? get_post($ref) : null;
        return $post && $post->post_type === 'wp_navigation' && $post->post_status === 'publish' ? $post : null;
    }

    private function first_ref(array $blocks): int
    {
        foreach ($blocks as $block) {
            if (($block['blockName'] ?? '') === 'core/navigation' && !empty($block['attrs']['ref'])) {
                return (int) $block['attrs']['ref'];
            }
            $inner = $this->first_ref($block['innerBlocks'] ?? []);
            if ($inner) {
                return $inner;
            }
        }
        return 0;
    }

    private function most_recent(): ?WP_Post
    {
        $posts = get_posts([
            'post_type' => 'wp_navigation',
            'post_status' => 'publish',
            'orderby' => 'date',
            'order' => 'DESC',
            'numberposts' => 1,
            'no_found_rows' => true,
        ]);
        return $posts[0] ?? null;
    }

    /** The blocks as items: [title, url, children]. */
    private function items(array $blocks, int $depth): array
    {
        $items = [];
        foreach ($blocks as $block) {
            $name = $block['blockName'] ?? '';
            $attrs = $block['attrs'] ?? [];
            if ($name === 'core/navigation-link' || $name === 'core/navigation-submenu') {
                $children = $depth < self::MAX_DEPTH ? $this->items($block['innerBlocks'] ?? [], $depth + 1) : [];
                $items[] = $this->item($attrs, $children);
            } elseif ($name === 'core/home-link') {
                $items[] = ['title' => (string) ($attrs['label'] ?? __('Home', 'pressfront-bridge')), 'url' => home_url('/'), 'children' => []];
            } elseif ($name === 'core/page-list') {
                $items = array_merge($items, $this->page_list(0, $depth));
            } elseif (!empty($block['innerBlocks'])) {
                // A group or row around links: its links are the navigation's.
                $items = array_merge($items, $this->items($block['innerBlocks'], $depth));
            }
        }
        return $items;
    }

    /** A link: a post or term it names by ID follows that object's permalink, as the block renders it. */
    private function item(array $attrs, array $children): array
    {
        $url = (string) ($attrs['url'] ?? '');
        $id = (int) ($attrs['id'] ?? 0);
        $kind = (string) ($attrs['kind'] ?? '');
        if ($id && $kind === 'post-type') {
            $post = get_post($id);
            $url = $post && $post->post_status === 'publish' ? (string) get_permalink($post) : '';
        } elseif ($id && $kind === 'taxonomy') {
            $link = get_term_link($id);
            $url = is_string($link) ? $link : '';
        }
        return ['title' => (string) ($attrs['label'] ?? ''), 'url' => $url, 'children' => $children];
    }

    /** Published pages under `$parent`, nested, in menu order (the Page List block). */
    private function page_list(int $parent, int $depth): array
    {
        $items = [];
        $pages = get_pages(['parent' => $parent, 'sort_column' => 'menu_order,post_title', 'post_status' => 'publish']);
        foreach ($pages as $page) {
            $children = $depth < self::MAX_DEPTH ? $this->page_list($page->ID, $depth + 1) : [];
            $items[] = ['title' => get_the_title($page), 'url' => (string) get_permalink($page), 'children' => $children];
        }
        return $items;
    }

    public function on_saved(): void
    {
        $this->revalidation->queue([self::TAG], 'navigation.saved');
    }
}
