<?php
// wp-admin's "Preview" (and "View" for published posts) open the frontend. A preview carries a
// token good for five minutes, signed with the shared secret: the frontend shows that one draft to
// that one browser, and no long-lived secret ever appears in a URL.

defined('ABSPATH') || exit;

const PRESSFRONT_BRIDGE_PREVIEW_SECONDS = 300;

function pressfront_bridge_base64url(string $data): string
{
    return rtrim(strtr(base64_encode($data), '+/', '-_'), '=');
}

/** The frontend URL that previews this post or page, or null when no frontend is configured. */
function pressfront_bridge_preview_url(WP_Post $post): ?string
{
    $frontends = pressfront_bridge_frontends();
    if (!$frontends || !in_array($post->post_type, ['post', 'page'], true)) {
        return null;
    }
    $payload = pressfront_bridge_base64url(wp_json_encode([
        'type' => $post->post_type,
        'id' => (int) $post->ID,
        'exp' => time() + PRESSFRONT_BRIDGE_PREVIEW_SECONDS,
    ]));
    $signature = hash_hmac('sha256', 'preview.' . $payload, pressfront_bridge_secret());
    return $frontends[0] . '/api/preview/?token=' . rawurlencode($payload . '.' . $signature);
}

/** @param string $link */
function pressfront_bridge_preview_link($link, $post)
{
    return pressfront_bridge_preview_url($post) ?? $link;
}
add_filter('preview_post_link', 'pressfront_bridge_preview_link', 10, 2);

/** "View post" in wp-admin: the published permalink on the frontend rather than on WordPress. */
function pressfront_bridge_view_link($link)
{
    if (!is_admin()) {
        return $link;
    }
    $frontends = pressfront_bridge_frontends();
    return $frontends ? str_replace(untrailingslashit(home_url()), $frontends[0], $link) : $link;
}
add_filter('post_link', 'pressfront_bridge_view_link', 20);
add_filter('page_link', 'pressfront_bridge_view_link', 20);

/** What the editor's Preview button opens, for tools (and tests) that drive WordPress over REST. */
function pressfront_bridge_preview_link_route(): void
{
    register_rest_route(PRESSFRONT_BRIDGE_NAMESPACE, '/preview-link', [
        'methods' => 'GET',
        'args' => ['id' => ['type' => 'integer', 'required' => true, 'minimum' => 1]],
        'permission_callback' => 'pressfront_bridge_preview_link_permission',
        'callback' => 'pressfront_bridge_preview_link_answer',
    ]);
}
add_action('rest_api_init', 'pressfront_bridge_preview_link_route');

function pressfront_bridge_preview_link_permission(WP_REST_Request $request): bool
{
    return current_user_can('edit_post', (int) $request['id']);
}

function pressfront_bridge_preview_link_answer(WP_REST_Request $request)
{
    $post = get_post((int) $request['id']);
    $url = $post ? pressfront_bridge_preview_url($post) : null;
    if (!$url) {
        return new WP_Error('pressfront_no_preview', __('No frontend is configured for previews.', 'pressfront-bridge'), ['status' => 404]);
    }
    return ['url' => $url, 'expires_in' => PRESSFRONT_BRIDGE_PREVIEW_SECONDS];
}
