<?php

namespace Pressfront\Bridge;

use WP_Error;
use WP_Post;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Users_Controller;

defined('ABSPATH') || exit;

/**
 * Embeds for the bundle's post and page reads, made directly. A read with `_embed` makes the REST
 * API dispatch one more request inside WordPress per link and item — the author, the featured
 * image, each taxonomy's terms — every one with route matching, argument checks and its own
 * queries: half of what a listing of ten posts costs WordPress. Here the same objects are prepared
 * by the same REST controllers, in the embed context, with the same permission checks, from
 * what the read already loaded (the terms WP_Query primed): the frontend gets what core would have
 * embedded, for less. `embeds=core` on the bundle asks for core's own embedding (e2e compares them).
 */
final class BundleEmbeds
{
    /** The link relations embedded here; any other in `_embed` leaves the read to core. */
    public const RELATIONS = ['author', 'wp:featuredmedia', 'wp:term'];

    /**
     * Whether this read's embeds can be made here: posts or pages, only relations we know, and the
     * REST controllers to make them with (a site may have taken media out of the REST API).
     */
    public function applies(string $route, $embed): bool
    {
        $media = get_post_type_object('attachment');
        return is_array($embed) && $embed
            && preg_match('#^/wp/v2/(posts|pages)(/\d+)?$#', $route)
            && !array_diff($embed, self::RELATIONS)
            && $media && $media->get_rest_controller() instanceof WP_REST_Controller;
    }

    /** The read's answer (one item or a list) with `_embedded` added to each item, as core adds it. */
    public function add(array $body, array $embed): array
    {
        if (isset($body['id'])) {
            return $this->item($body, $embed);
        }
        foreach ($body as $i => $item) {
            if (is_array($item) && isset($item['id'])) {
                $body[$i] = $this->item($item, $embed);
            }
        }
        return $body;
    }

    private function item(array $item, array $embed): array
    {
        $post = get_post((int) $item['id']);
        if (!$post) {
            return $item;
        }
        $embedded = [];
        // In the order core's posts controller links them: author, featured image, terms.
        if (in_array('author', $embed, true) && post_type_supports($post->post_type, 'author') && $post->post_author) {
            $embedded['author'] = [$this->user((int) $post->post_author)];
        }
        $thumbnail = (int) get_post_thumbnail_id($post);
        if (in_array('wp:featuredmedia', $embed, true) && $thumbnail) {
            $embedded['wp:featuredmedia'] = [$this->attachment($thumbnail)];
        }
        if (in_array('wp:term', $embed, true)) {
            $terms = [];
            foreach (get_object_taxonomies($post->post_type) as $taxonomy) {
                // Core links only the taxonomies the REST API shows (and can answer).
                $object = get_taxonomy($taxonomy);
                if (rest_get_route_for_taxonomy_items($taxonomy) && $object && $object->get_rest_controller()) {
                    $terms[] = $this->terms($post, $taxonomy);
                }
            }
            if ($terms) {
                $embedded['wp:term'] = $terms;
            }
        }
        if ($embedded) {
            $item['_embedded'] = $embedded;
        }
        return $item;
    }

    /** A request in the embed context, as core makes for each embedded link. */
    private static function request(string $route, int $id): WP_REST_Request
    {
        $request = new WP_REST_Request('GET', $route);
        $request->set_param('id', $id);
        $request->set_param('context', 'embed');
        return $request;
    }

    /** Core's answer, as data: the prepared object, or the error a reader would get instead. */
    private static function data($prepared): array
    {
        if (is_wp_error($prepared)) {
            $error = rest_convert_error_to_response($prepared);
            return $error->get_data();
        }
        return rest_get_server()->response_to_data(rest_ensure_response($prepared), false);
    }

    /** What core's dispatch makes of a permission check: null when allowed, else the reader's error. */
    private static function refusal($allowed): ?WP_Error
    {
        if (is_wp_error($allowed)) {
            return $allowed;
        }
        return $allowed === false || $allowed === null
            ? new WP_Error('rest_forbidden', __('Sorry, you are not allowed to do that.', 'pressfront-bridge'), ['status' => rest_authorization_required_code()])
            : null;
    }

    private function user(int $id): array
    {
        $controller = new WP_REST_Users_Controller();
        $request = self::request('/wp/v2/users/' . $id, $id);
        // The check also answers a user who does not exist (rest_user_invalid_id), as core's would.
        $refusal = self::refusal($controller->get_item_permissions_check($request));
        return self::data($refusal ?? $controller->prepare_item_for_response(get_userdata($id), $request));
    }

    private function attachment(int $id): array
    {
        $controller = get_post_type_object('attachment')->get_rest_controller();
        $request = self::request('/wp/v2/media/' . $id, $id);
        $refusal = self::refusal($controller->get_item_permissions_check($request));
        return self::data($refusal ?? $controller->prepare_item_for_response(get_post($id), $request));
    }

    /** A post's terms in one taxonomy, as core's /wp/v2/<taxonomy>?post=ID answers: by name, ten at most. */
    private function terms(WP_Post $post, string $taxonomy): array
    {
        $controller = get_taxonomy($taxonomy)->get_rest_controller();
        $terms = get_the_terms($post, $taxonomy);
        if (!is_array($terms)) {
            return [];
        }
        // Already by name, as the database sorts them (the query that loaded them asked so).
        $request = new WP_REST_Request('GET', rest_get_route_for_taxonomy_items($taxonomy));
        $request->set_param('context', 'embed');
        $answer = [];
        foreach (array_slice($terms, 0, 10) as $term) {
            $answer[] = self::data($controller->prepare_item_for_response($term, $request));
        }
        return $answer;
    }
}
