<?php

namespace Pressfront\Bridge\Subscribers;

use Pressfront\Bridge\Plugin;
use Pressfront\Bridge\Settings;
use Pressfront\Bridge\Signer;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;

defined('ABSPATH') || exit;

/**
 * The REST face of the subscriber list. Sign-up, confirmation and unsubscribing answer signed
 * requests from the frontend only (it alone knows the shared secret); the listing is for
 * administrators (wp-admin, Application Passwords).
 */
final class Rest
{
    public const LIMIT_OPTION_PREFIX = 'pressfront_bridge_subscribe_limit_';
    private const LIMIT_PER_IP = 10;
    private const LIMIT_PER_EMAIL = 3;

    /** @var Settings */
    private $settings;
    /** @var Signer */
    private $signer;
    /** @var Store */
    private $store;
    /** @var Mail */
    private $mail;

    public function __construct(Settings $settings, Signer $signer, Store $store, Mail $mail)
    {
        $this->settings = $settings;
        $this->signer = $signer;
        $this->store = $store;
        $this->mail = $mail;
    }

    public function register(): void
    {
        add_action('rest_api_init', [$this, 'routes']);
    }

    public function routes(): void
    {
        register_rest_route(Plugin::REST_NAMESPACE, '/subscribers', [
            [
                'methods' => 'POST',
                'callback' => [$this, 'sign_up'],
                'permission_callback' => [$this, 'signed'],
            ],
            [
                'methods' => 'GET',
                'callback' => [$this, 'list'],
                'permission_callback' => [$this, 'can_list'],
                'args' => [
                    'search' => ['type' => 'string', 'default' => ''],
                    'status' => ['type' => 'string', 'default' => '', 'enum' => ['', 'pending', 'confirmed', 'unsubscribed']],
                    'per_page' => ['type' => 'integer', 'default' => 100, 'minimum' => 1, 'maximum' => 1000],
                    'page' => ['type' => 'integer', 'default' => 1, 'minimum' => 1],
                ],
            ],
        ]);
        register_rest_route(Plugin::REST_NAMESPACE, '/subscribers/confirm', [
            'methods' => 'POST',
            'callback' => [$this, 'confirm'],
            'permission_callback' => [$this, 'signed'],
        ]);
        register_rest_route(Plugin::REST_NAMESPACE, '/subscribers/unsubscribe', [
            'methods' => 'POST',
            'callback' => [$this, 'unsubscribe'],
            'permission_callback' => [$this, 'signed'],
        ]);
    }

    /** Sign-up, confirmation and unsubscribing: requests the frontend signed with the shared secret. */
    public function signed(WP_REST_Request $request)
    {
        return $this->signer->verify($request, 'subscribers');
    }

    public function can_list(): bool
    {
        return current_user_can('manage_options');
    }

    private static function limit(string $which): int
    {
        $default = $which === 'ip' ? self::LIMIT_PER_IP : self::LIMIT_PER_EMAIL;
        $value = (int) get_option(self::LIMIT_OPTION_PREFIX . $which, $default);
        return $value > 0 ? $value : $default;
    }

    public function sign_up(WP_REST_Request $request)
    {
        $params = (array) $request->get_json_params();
        $email = strtolower(trim((string) ($params['email'] ?? '')));
        $consent = trim((string) ($params['consentText'] ?? ''));
        $frontend = untrailingslashit(esc_url_raw((string) ($params['frontendUrl'] ?? ''), ['http', 'https']));
        // The links in our mails lead to a frontend the site owner listed, when they listed any: a
        // frontend that trusts a forged Host header must not turn our mails into someone's phishing.
        $known = $this->settings->frontends();
        if ($known && !in_array($frontend, $known, true)) {
            $frontend = $known[0];
        }
        $ip = (string) ($params['ip'] ?? '');
        if ($email === '' || strlen($email) > 191 || !is_email($email)) {
            return new WP_Error('pressfront_invalid_email', __('That does not look like an email address.', 'pressfront-bridge'), ['status' => 400]);
        }
        if ($consent === '' || strlen($consent) > 1000) {
            return new WP_Error('pressfront_missing_consent', __('The consent text shown to the reader is required.', 'pressfront-bridge'), ['status' => 400]);
        }
        foreach (['ip' => $ip, 'email' => $email] as $which => $value) {
            if ($value === '') {
                continue;
            }
            $wait = $this->store->throttle($which . ':' . $value, self::limit($which));
            if ($wait > 0) {
                return new WP_Error('pressfront_rate_limited', __('Too many attempts; try again later.', 'pressfront-bridge'), ['status' => 429, 'retry_after' => $wait, 'scope' => $which]);
            }
        }
        $token = $this->store->sign_up($email, $consent, max(0, (int) ($params['sourcePost'] ?? 0)), $frontend);
        if ($token !== null && !$this->mail->confirmation($email, $token, $frontend ?: $this->mail->frontend([]))) {
            // The row stays pending with no mail on record, so the next attempt sends again.
            global $wpdb;
            $wpdb->update(Store::table(), ['mailed_at' => null], ['email' => $email]);
            return new WP_Error('pressfront_mail_failed', __('The confirmation mail could not be sent.', 'pressfront-bridge'), ['status' => 503]);
        }
        // The same answer whether the address is new, pending or confirmed: the form tells no one who
        // subscribed.
        return new WP_REST_Response(['status' => 'accepted'], 202);
    }

    public function confirm(WP_REST_Request $request)
    {
        [$outcome, $row] = $this->store->confirm((string) ($request->get_json_params()['token'] ?? ''));
        if ($outcome === 'confirmed' && $row) {
            $this->mail->welcome($row);
        }
        return new WP_REST_Response(['status' => $outcome], 200);
    }

    public function unsubscribe(WP_REST_Request $request)
    {
        $outcome = $this->store->unsubscribe((string) ($request->get_json_params()['token'] ?? ''));
        return new WP_REST_Response(['status' => $outcome], 200);
    }

    public static function public_row(array $row): array
    {
        return [
            'id' => (int) $row['id'],
            'email' => $row['email'],
            'status' => $row['status'],
            'sourcePost' => $row['source_post'] ? (int) $row['source_post'] : null,
            'consentText' => $row['consent_text'],
            'createdAt' => $row['created_at'],
            'confirmedAt' => $row['confirmed_at'],
            'unsubscribedAt' => $row['unsubscribed_at'],
        ];
    }

    public function list(WP_REST_Request $request)
    {
        $search = (string) $request['search'];
        $status = (string) $request['status'];
        $per_page = (int) $request['per_page'];
        $rows = $this->store->query($search, $status, $per_page, ((int) $request['page'] - 1) * $per_page);
        $response = new WP_REST_Response(array_map([self::class, 'public_row'], $rows));
        $response->header('X-WP-Total', (string) $this->store->count($search, $status));
        return $response;
    }
}
