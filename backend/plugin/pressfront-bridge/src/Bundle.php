<?php

namespace Pressfront\Bridge;

use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined('ABSPATH') || exit;

/**
 * GET /wp-json/pressfront/v1/bundle?requests=["/wp/v2/comments?post=12","/wp/v2/posts?…",…]
 * Several reads in one HTTP request. Every REST request boots WordPress anew; a post page needs
 * its comments, its older and newer neighbours and posts from its section, which the core API
 * answers only one by one. Here each read is dispatched inside this one request exactly as the
 * core would answer it on its own: same route, same permission checks for the caller (an
 * anonymous reader's view, unless the frontend authenticates), `_fields` and `_embed` applied.
 * Core's /batch/v1 takes writes only. Reads of /wp/v2/ only, GET only, at most 8.
 *
 * `then` (optional) lists reads that depend on the first read's first item — a post found by its
 * slug — with placeholders for what they need of it: __pf_id__, __pf_local_date__ (its date in
 * the site's time zone now, as the frontend computes it) and __pf_category__ (its first category,
 * in the REST API's order). So a page never rendered costs the frontend one request: the post and
 * what goes around it (comments, neighbours, related posts). The answer is then an object:
 * { answers: [...], then: { values: {...}, answers: [...] } } — the values used, so the frontend
 * can check that they are the ones it would have asked with. A follow-up needing a value the post
 * lacks (no category) is skipped with status 0.
 */
final class Bundle
{
    public const MAX = 8;

    /** @var BundleEmbeds */
    private $embeds;

    public function __construct(BundleEmbeds $embeds)
    {
        $this->embeds = $embeds;
    }

    public function register(): void
    {
        add_action('rest_api_init', [$this, 'routes']);
    }

    public function routes(): void
    {
        register_rest_route(Plugin::REST_NAMESPACE, '/bundle', [
            'methods' => 'GET',
            'permission_callback' => '__return_true',
            'args' => [
                'requests' => ['type' => 'string', 'required' => true, 'maxLength' => 8000],
                'then' => ['type' => 'string', 'required' => false, 'maxLength' => 8000],
                // `core`: embeds as the REST API makes them, one dispatch per link (BundleEmbeds).
                'embeds' => ['type' => 'string', 'enum' => ['direct', 'core'], 'default' => 'direct'],
            ],
            'callback' => [$this, 'answer'],
        ]);
    }

    public function answer(WP_REST_Request $request)
    {
        $paths = self::paths((string) $request['requests']);
        $then = $request['then'] === null ? [] : self::paths((string) $request['then']);
        if ($paths === null || $then === null) {
            return new WP_Error(
                'pressfront_bundle_invalid',
                sprintf(
                    /* translators: %d: the most reads one bundle may hold */
                    __('requests and then must be JSON lists of 1 to %d REST paths', 'pressfront-bridge'),
                    self::MAX
                ),
                ['status' => 400]
            );
        }
        $server = rest_get_server();
        $direct = $request['embeds'] !== 'core';
        $answers = [];
        foreach ($paths as $path) {
            $answers[] = $this->one($server, $path, $direct);
        }
        if (!$then) {
            return new WP_REST_Response($answers, 200);
        }
        $values = self::values($answers[0]);
        $followed = [];
        foreach ($then as $template) {
            $path = self::fill($template, $values);
            $followed[] = $path === null
                ? ['status' => 0, 'total' => null, 'total_pages' => null, 'body' => null]
                : $this->one($server, $path, $direct);
        }
        return new WP_REST_Response([
            'answers' => $answers,
            'then'    => ['values' => $values, 'answers' => $followed],
        ], 200);
    }

    /** A JSON list of 1 to MAX paths, or null. */
    private static function paths(string $json): ?array
    {
        $paths = json_decode($json, true);
        // A list, not an object: array_values() rather than array_is_list, which needs PHP 8.1 or
        // WordPress 6.5's polyfill, and the header promises PHP 7.4 and WordPress 6.1.
        if (!is_array($paths) || !$paths || count($paths) > self::MAX || array_values($paths) !== $paths) {
            return null;
        }
        return $paths;
    }

    /**
     * What follow-ups may name of the first read's first item: null values when there is none (the
     * slug named a page, or nothing), so every follow-up needing them is skipped.
     */
    private static function values(array $first): array
    {
        $item = $first['status'] === 200 && is_array($first['body']) ? ($first['body'][0] ?? null) : null;
        $values = ['id' => null, 'local_date' => null, 'category' => null];
        if (!is_array($item) || !isset($item['id'])) {
            return $values;
        }
        $values['id'] = (string) (int) $item['id'];
        if (isset($item['date_gmt']) && is_string($item['date_gmt'])) {
            $values['local_date'] = get_date_from_gmt(str_replace('T', ' ', $item['date_gmt']), 'Y-m-d\TH:i:s');
        }
        if (isset($item['categories'][0])) {
            $values['category'] = (string) (int) $item['categories'][0];
        }
        return $values;
    }

    /** The template with its placeholders filled (URL-encoded), or null when a value it needs is missing. */
    private static function fill($template, array $values): ?string
    {
        if (!is_string($template)) {
            return null;
        }
        $placeholders = ['__pf_id__' => 'id', '__pf_local_date__' => 'local_date', '__pf_category__' => 'category'];
        foreach ($placeholders as $placeholder => $name) {
            if (!str_contains($template, $placeholder)) {
                continue;
            }
            if ($values[$name] === null) {
                return null;
            }
            $template = str_replace($placeholder, rawurlencode($values[$name]), $template);
        }
        return $template;
    }

    private function one(WP_REST_Server $server, $path, bool $direct): array
    {
        $route = is_string($path) ? (string) wp_parse_url($path, PHP_URL_PATH) : '';
        if (!str_starts_with($route, '/wp/v2/') || str_contains($route, '..')) {
            return ['status' => 400, 'total' => null, 'total_pages' => null, 'body' => null];
        }
        $query = [];
        wp_parse_str((string) wp_parse_url($path, PHP_URL_QUERY), $query);
        $embed = isset($query['_embed']) ? rest_parse_embed_param($query['_embed']) : false;
        $direct = $direct && $this->embeds->applies($route, $embed);
        if ($direct) {
            unset($query['_embed']);
        }
        $sub = new WP_REST_Request('GET', $route);
        $sub->set_query_params($query);
        // As serve_request does for one request: dispatch, then the post-dispatch filters (which apply
        // `_fields`), then links and embeds.
        $response = rest_ensure_response(rest_do_request($sub));
        $response = apply_filters('rest_post_dispatch', $response, $server, $sub);
        $headers = $response->get_headers();
        $body = $server->response_to_data($response, $direct ? false : $embed);
        if ($direct && $response->get_status() === 200 && is_array($body)) {
            $body = $this->embeds->add($body, $embed);
        }
        return [
            'status'      => $response->get_status(),
            'total'       => isset($headers['X-WP-Total']) ? (int) $headers['X-WP-Total'] : null,
            'total_pages' => isset($headers['X-WP-TotalPages']) ? (int) $headers['X-WP-TotalPages'] : null,
            'body'        => $body,
        ];
    }
}
