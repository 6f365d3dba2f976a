<?php

namespace Pressfront\Bridge;

use WP_Error;
use WP_Post;
use WP_REST_Request;

defined('ABSPATH') || exit;

/**
 * wp-admin's "Preview" (and "View" for published posts) open the frontend. A preview carries a
 * token good for five minutes, signed with the shared secret: the frontend shows that one draft to
 * that one browser, and no long-lived secret ever appears in a URL.
 */
final class Previews
{
    public const SECONDS = 300;

    /** @var Settings */
    private $settings;
    /** @var Signer */
    private $signer;

    public function __construct(Settings $settings, Signer $signer)
    {
        $this->settings = $settings;
        $this->signer = $signer;
    }

    public function register(): void
    {
        add_filter('preview_post_link', [$this, 'preview_link'], 10, 2);
        add_filter('post_link', [$this, 'view_link'], 20);
        add_filter('page_link', [$this, 'view_link'], 20);
        add_action('rest_api_init', [$this, 'routes']);
    }

    /** The frontend URL that previews this post or page, or null when no frontend is configured. */
    public function url(WP_Post $post): ?string
    {
        $frontend = $this->settings->first_frontend();
        if (!$frontend || !in_array($post->post_type, ['post', 'page'], true)) {
            return null;
        }
        $token = $this->signer->token('preview', [
            'type' => $post->post_type,
            'id' => (int) $post->ID,
            'exp' => time() + self::SECONDS,
        ]);
        return $frontend . '/api/preview/?token=' . rawurlencode($token);
    }

    /** @param WP_Post $post */
    public function preview_link($link, $post)
    {
        return $this->url($post) ?? $link;
    }

    /** "View post" in wp-admin: the published permalink on the frontend rather than on WordPress. */
    public function view_link($link)
    {
        if (!is_admin()) {
            return $link;
        }
        $frontend = $this->settings->first_frontend();
        return $frontend ? str_replace(untrailingslashit(home_url()), $frontend, $link) : $link;
    }

    /** What the editor's Preview button opens, for tools (and tests) that drive WordPress over REST. */
    public function routes(): void
    {
        register_rest_route(Plugin::REST_NAMESPACE, '/preview-link', [
            'methods' => 'GET',
            'args' => ['id' => ['type' => 'integer', 'required' => true, 'minimum' => 1]],
            'permission_callback' => [$this, 'can_preview'],
            'callback' => [$this, 'answer'],
        ]);
    }

    public function can_preview(WP_REST_Request $request): bool
    {
        return current_user_can('edit_post', (int) $request['id']);
    }

    public function answer(WP_REST_Request $request)
    {
        $post = get_post((int) $request['id']);
        $url = $post ? $this->url($post) : null;
        if (!$url) {
            return new WP_Error('pressfront_no_preview', __('No frontend is configured for previews.', 'pressfront-bridge'), ['status' => 404]);
        }
        return ['url' => $url, 'expires_in' => self::SECONDS];
    }
}
