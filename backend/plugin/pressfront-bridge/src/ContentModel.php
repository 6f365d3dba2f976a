<?php

namespace Pressfront\Bridge;

use WP_Post_Type;
use WP_Taxonomy;

defined('ABSPATH') || exit;

/**
 * GET /wp-json/pressfront/v1/content-model
 * The site's content model as WordPress resolves it: every post type and taxonomy a visitor can see
 * (is_post_type_viewable, is_taxonomy_viewable) that is in the REST API — whichever plugin or theme
 * registered it — with what a frontend needs to route, list and search it: its REST route, whether
 * it is hierarchical, its archive's address, its permalinks' base, its taxonomies. Core's
 * /wp/v2/types and /wp/v2/taxonomies tell a visitor none of which is viewable, nor the permalinks.
 * Public: it is what the site's own URLs show.
 *
 * Types and taxonomies are registered in code: activating or deactivating a plugin, switching the
 * theme or changing the permalinks may change them, and tells every frontend at once under the
 * `content-model` tag.
 */
final class ContentModel
{
    public const TAG = 'content-model';

    /** @var Revalidation */
    private $revalidation;

    public function __construct(Revalidation $revalidation)
    {
        $this->revalidation = $revalidation;
    }

    public function register(): void
    {
        add_action('rest_api_init', [$this, 'routes']);
        add_action('activated_plugin', [$this, 'on_changed']);
        add_action('deactivated_plugin', [$this, 'on_changed']);
        add_action('switch_theme', [$this, 'on_changed']);
        add_action('permalink_structure_changed', [$this, 'on_changed']);
    }

    public function routes(): void
    {
        register_rest_route(Plugin::REST_NAMESPACE, '/content-model', [
            'methods' => 'GET',
            'permission_callback' => '__return_true',
            'callback' => [$this, 'answer'],
        ]);
    }

    public function answer(): array
    {
        $types = array_filter(
            get_post_types(['show_in_rest' => true], 'objects'),
            static function (WP_Post_Type $type): bool {
                return is_post_type_viewable($type);
            }
        );
        $taxonomies = array_filter(
            get_taxonomies(['show_in_rest' => true], 'objects'),
            static function (WP_Taxonomy $taxonomy): bool {
                return is_taxonomy_viewable($taxonomy);
            }
        );
        return [
            'types' => array_values(array_map([$this, 'type'], $types)),
            'taxonomies' => array_values(array_map([$this, 'taxonomy'], $taxonomies)),
        ];
    }

    private function type(WP_Post_Type $type): array
    {
        $archive = $type->has_archive ? get_post_type_archive_link($type->name) : false;
        return [
            'name' => $type->name,
            'label' => (string) $type->label,
            'singular_label' => (string) ($type->labels->singular_name ?? $type->label),
            'builtin' => (bool) $type->_builtin,
            'rest_base' => $type->rest_base ?: $type->name,
            'rest_namespace' => $type->rest_namespace ?? 'wp/v2',
            'hierarchical' => (bool) $type->hierarchical,
            'archive' => is_string($archive) ? $archive : null,
            'permalink_base' => is_array($type->rewrite) && isset($type->rewrite['slug']) ? (string) $type->rewrite['slug'] : null,
            // As WordPress's search API takes them: public types not excluded from search; files are not pages.
            'searchable' => $type->public && !$type->exclude_from_search && $type->name !== 'attachment',
            'taxonomies' => array_values(array_filter(
                get_object_taxonomies($type->name),
                static function (string $name): bool {
                    return is_taxonomy_viewable($name) && (bool) get_taxonomy($name)->show_in_rest;
                }
            )),
        ];
    }

    private function taxonomy(WP_Taxonomy $taxonomy): array
    {
        return [
            'name' => $taxonomy->name,
            'label' => (string) $taxonomy->label,
            'singular_label' => (string) ($taxonomy->labels->singular_name ?? $taxonomy->label),
            'builtin' => (bool) $taxonomy->_builtin,
            'rest_base' => $taxonomy->rest_base ?: $taxonomy->name,
            'rest_namespace' => $taxonomy->rest_namespace ?? 'wp/v2',
            'hierarchical' => (bool) $taxonomy->hierarchical,
            'permalink_base' => is_array($taxonomy->rewrite) && isset($taxonomy->rewrite['slug']) ? (string) $taxonomy->rewrite['slug'] : null,
            'types' => array_values((array) $taxonomy->object_type),
        ];
    }

    public function on_changed(): void
    {
        $this->revalidation->queue([self::TAG], 'content-model.changed');
    }
}
