<?php

namespace Pressfront\Bridge;

use WP_Error;
use WP_HTTP_Proxy;

defined('ABSPATH') || exit;

/**
 * Sends the revalidation webhook to each frontend (POST /api/revalidate/), signed over
 * "<timestamp>.<body>", through the WordPress HTTP API: its filters (http_request_args,
 * pre_http_request, http_response), its proxy settings and WP_HTTP_BLOCK_EXTERNAL apply. Failed
 * deliveries are retried by WP-Cron with backoff; the last 50 are kept for the settings page.
 *
 * The HTTP API sends one request at a time, so with N frontends (or workers) the last would see a
 * change N round trips late. Several frontends are therefore sent to at once with the Requests
 * library WordPress bundles — the HTTP API's own transport — after the HTTP API's filters and
 * checks, and its filters and debug action are applied to the answers as it would (BENCHMARKS.md
 * measures both ways).
 */
final class Delivery
{
    public const RETRY_HOOK = 'pressfront_bridge_retry';
    public const LOG_OPTION = 'pressfront_bridge_deliveries';
    public const RETRY_DELAYS = [30, 120, 600];
    public const LOG_SIZE = 50;
    private const TIMEOUT = 3;

    /** @var Signer */
    private $signer;

    public function __construct(Signer $signer)
    {
        $this->signer = $signer;
    }

    public function register(): void
    {
        add_action(self::RETRY_HOOK, [$this, 'retry'], 10, 3);
    }

    /** WP-Cron's retry of one delivery. */
    public function retry(string $frontend, string $body, int $attempt): void
    {
        $this->send($frontend, $body, $attempt);
    }

    /** Sends one signed webhook; on failure schedules the next attempt. Returns the logged result. */
    public function send(string $frontend, string $body, int $attempt): array
    {
        [$url, $args, $timestamp] = $this->request($frontend, $body);
        return $this->delivered($frontend, $body, $attempt, $timestamp, wp_remote_post($url, $args));
    }

    /**
     * The first attempt to every frontend, at once.
     *
     * @param string[] $frontends
     * @return array[] The logged results, in the order of $frontends.
     */
    public function send_all(array $frontends, string $body): array
    {
        if (count($frontends) < 2) {
            return array_map(function (string $frontend) use ($body): array {
                return $this->send($frontend, $body, 1);
            }, $frontends);
        }
        $http = new \WP_Http();
        $prepared = [];
        $answers = [];
        $parallel = [];
        foreach ($frontends as $i => $frontend) {
            [$url, $args, $timestamp] = $this->request($frontend, $body);
            $args = apply_filters('http_request_args', $args, $url);
            $prepared[$i] = [$url, $args, $timestamp];
            // What wp_remote_post would do first: a filter may answer (or refuse) in its place,
            // and hosts blocked by WP_HTTP_BLOCK_EXTERNAL are never asked.
            $short = apply_filters('pre_http_request', false, $args, $url);
            if ($short !== false) {
                $answers[$i] = $short;
            } elseif ($http->block_request($url)) {
                $answers[$i] = new WP_Error('http_request_not_executed', __('User has blocked requests through HTTP.', 'pressfront-bridge'));
            } else {
                $parallel[$i] = $this->requests_entry($url, $args);
            }
        }
        if ($parallel) {
            $answers += $this->request_multiple($parallel, $prepared);
        }
        $results = [];
        foreach ($frontends as $i => $frontend) {
            $results[] = $this->delivered($frontend, $body, 1, $prepared[$i][2], $answers[$i]);
        }
        return $results;
    }

    /** @return array{0: string, 1: array, 2: int} The URL, the HTTP API's arguments, the timestamp. */
    private function request(string $frontend, string $body): array
    {
        $timestamp = time();
        return [
            $frontend . '/api/revalidate/',
            [
                'method' => 'POST',
                'timeout' => self::TIMEOUT,
                'redirection' => 0,
                'headers' => ['Content-Type' => 'application/json'] + $this->signer->headers(null, $body, $timestamp),
                'body' => $body,
            ],
            $timestamp,
        ];
    }

    /** One request as the Requests library takes it, with the HTTP API's proxy and TLS settings. */
    private function requests_entry(string $url, array $args): array
    {
        $options = [
            'timeout' => $args['timeout'] ?? self::TIMEOUT,
            'follow_redirects' => false,
            'useragent' => $args['user-agent'] ?? 'WordPress/' . get_bloginfo('version') . '; ' . home_url(),
            'verify' => ($args['sslverify'] ?? true) ? ($args['sslcertificates'] ?? ABSPATH . WPINC . '/certificates/ca-bundle.crt') : false,
        ];
        $proxy = new WP_HTTP_Proxy();
        if ($proxy->is_enabled() && $proxy->send_through_proxy($url)) {
            $options['proxy'] = $proxy->use_authentication()
                ? [$proxy->host() . ':' . $proxy->port(), $proxy->username(), $proxy->password()]
                : $proxy->host() . ':' . $proxy->port();
        }
        return [
            'url' => $url,
            'type' => 'POST',
            'headers' => $args['headers'],
            'data' => $args['body'],
            'options' => $options,
        ];
    }

    /**
     * Sends the requests at once; each answer as wp_remote_post gives it (an array, or a WP_Error),
     * through the http_response filter and http_api_debug action.
     */
    private function request_multiple(array $requests, array $prepared): array
    {
        // WordPress 6.2 moved the library into its own namespace; 6.1 has the old name.
        $library = class_exists('\\WpOrg\\Requests\\Requests') ? '\\WpOrg\\Requests\\Requests' : '\\Requests';
        $responses = $library::request_multiple($requests);
        $answers = [];
        foreach ($requests as $i => $request) {
            [$url, $args] = $prepared[$i];
            $response = $responses[$i] ?? null;
            if (is_object($response) && isset($response->status_code)) {
                $answer = [
                    'headers' => $response->headers,
                    'body' => (string) $response->body,
                    'response' => ['code' => (int) $response->status_code, 'message' => get_status_header_desc((int) $response->status_code)],
                    'cookies' => [],
                    'filename' => null,
                ];
            } else {
                $message = is_object($response) && method_exists($response, 'getMessage') ? $response->getMessage() : 'no answer';
                $answer = new WP_Error('http_request_failed', $message);
            }
            do_action('http_api_debug', $answer, 'response', 'Requests', $args, $url);
            $answers[$i] = is_wp_error($answer) ? $answer : apply_filters('http_response', $answer, $args, $url);
        }
        return $answers;
    }

    /**
     * Logs one delivery and, when it failed in a way a retry can mend, schedules the next attempt.
     *
     * @param array|WP_Error $response
     */
    private function delivered(string $frontend, string $body, int $attempt, int $timestamp, $response): array
    {
        $status = is_wp_error($response) ? 0 : (int) wp_remote_retrieve_response_code($response);
        $detail = is_wp_error($response) ? $response->get_error_message() : wp_remote_retrieve_body($response);
        $result = [
            'time' => gmdate('c', $timestamp),
            'frontend' => $frontend,
            'attempt' => $attempt,
            'status' => $status,
            'detail' => substr($detail, 0, 300),
            'body' => $body,
        ];
        $this->log($result);
        // 4xx other than 429 will not get better by retrying (a wrong secret, a refused tag).
        $retry = $status === 0 || $status >= 500 || $status === 429;
        if ($retry && $attempt <= count(self::RETRY_DELAYS)) {
            wp_schedule_single_event(time() + self::RETRY_DELAYS[$attempt - 1], self::RETRY_HOOK, [$frontend, $body, $attempt + 1]);
        }
        return $result;
    }

    private function log(array $entry): void
    {
        $log = get_option(self::LOG_OPTION, []);
        $log = is_array($log) ? $log : [];
        array_unshift($log, $entry);
        update_option(self::LOG_OPTION, array_slice($log, 0, self::LOG_SIZE), false);
    }

    /** The last deliveries, newest first. */
    public function recent(): array
    {
        $log = get_option(self::LOG_OPTION, []);
        return is_array($log) ? $log : [];
    }
}
