<?php

namespace Pressfront\Bridge;

use WP_Error;
use WP_REST_Request;

defined('ABSPATH') || exit;

/**
 * GET /wp-json/pressfront/v1/redirect?slug=old-slug
 * WordPress remembers the slugs a post or page had (`_wp_old_slug`) and its PHP theme redirects
 * them; the REST API does not expose that memory, so the frontend asks here. Only published
 * objects are answered, with their public permalink: nothing private is revealed.
 */
final class Redirects
{
    public function register(): void
    {
        add_action('rest_api_init', [$this, 'routes']);
    }

    public function routes(): void
    {
        register_rest_route(Plugin::REST_NAMESPACE, '/redirect', [
            'methods' => 'GET',
            'permission_callback' => '__return_true',
            'args' => [
                'slug' => [
                    'type' => 'string',
                    'required' => true,
                    'maxLength' => 200,
                    'sanitize_callback' => 'sanitize_title',
                ],
            ],
            'callback' => [$this, 'answer'],
        ]);
    }

    public function answer(WP_REST_Request $request)
    {
        $ids = get_posts([
            'post_type' => ['post', 'page'],
            'post_status' => 'publish',
            'meta_key' => '_wp_old_slug',
            'meta_value' => $request['slug'],
            'posts_per_page' => 1,
            'orderby' => 'modified',
            'fields' => 'ids',
            'suppress_filters' => false,
        ]);
        if (!$ids) {
            return new WP_Error('pressfront_no_redirect', __('No published post or page had this slug.', 'pressfront-bridge'), ['status' => 404]);
        }
        return ['id' => (int) $ids[0], 'link' => get_permalink($ids[0])];
    }
}
