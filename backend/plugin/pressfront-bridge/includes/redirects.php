<?php
// GET /wp-json/pressfront/v1/redirect?slug=old-slug
// WordPress remembers the slugs a post or page had (`_wp_old_slug`) and its PHP theme redirects
// them; the REST API does not expose that memory, so the frontend asks here. Only published
// objects are answered, with their public permalink: nothing private is revealed.

defined('ABSPATH') || exit;

function pressfront_bridge_redirect_route(): void
{
    register_rest_route(PRESSFRONT_BRIDGE_NAMESPACE, '/redirect', [
        'methods'             => 'GET',
        'permission_callback' => '__return_true',
        'args'                => [
            'slug' => [
                'type'              => 'string',
                'required'          => true,
                'maxLength'         => 200,
                'sanitize_callback' => 'sanitize_title',
            ],
        ],
        'callback'            => 'pressfront_bridge_redirect',
    ]);
}
add_action('rest_api_init', 'pressfront_bridge_redirect_route');

function pressfront_bridge_redirect(WP_REST_Request $request)
{
    $slug = $request['slug'];
    $ids = get_posts([
        'post_type'        => ['post', 'page'],
        'post_status'      => 'publish',
        'meta_key'         => '_wp_old_slug',
        'meta_value'       => $slug,
        'posts_per_page'   => 1,
        'orderby'          => 'modified',
        'fields'           => 'ids',
        'suppress_filters' => false,
    ]);
    if (!$ids) {
        return new WP_Error('pressfront_no_redirect', __('No published post or page had this slug.', 'pressfront-bridge'), ['status' => 404]);
    }
    return ['id' => (int) $ids[0], 'link' => get_permalink($ids[0])];
}
