<?php
// The REST face of the subscriber list. Sign-up, confirmation and unsubscribing answer signed
// requests from the frontend only (it alone knows the shared secret); the listing is for
// administrators (wp-admin, Application Passwords).

defined('ABSPATH') || exit;

const PRESSFRONT_SUBSCRIBERS_LIMIT_PER_IP = 10;
const PRESSFRONT_SUBSCRIBERS_LIMIT_PER_EMAIL = 3;

add_action('rest_api_init', function () {
    $signed = function (string $context) {
        return function (WP_REST_Request $request) use ($context) {
            return pressfront_bridge_verify_signed($request, $context);
        };
    };
    register_rest_route(PRESSFRONT_BRIDGE_NAMESPACE, '/subscribers', [
        [
            'methods' => 'POST',
            'callback' => 'pressfront_subscribers_rest_sign_up',
            'permission_callback' => $signed('subscribers'),
        ],
        [
            'methods' => 'GET',
            'callback' => 'pressfront_subscribers_rest_list',
            'permission_callback' => function () {
                return current_user_can('manage_options');
            },
            'args' => [
                'search' => ['type' => 'string', 'default' => ''],
                'status' => ['type' => 'string', 'default' => '', 'enum' => ['', 'pending', 'confirmed', 'unsubscribed']],
                'per_page' => ['type' => 'integer', 'default' => 100, 'minimum' => 1, 'maximum' => 1000],
                'page' => ['type' => 'integer', 'default' => 1, 'minimum' => 1],
            ],
        ],
    ]);
    register_rest_route(PRESSFRONT_BRIDGE_NAMESPACE, '/subscribers/confirm', [
        'methods' => 'POST',
        'callback' => 'pressfront_subscribers_rest_confirm',
        'permission_callback' => $signed('subscribers'),
    ]);
    register_rest_route(PRESSFRONT_BRIDGE_NAMESPACE, '/subscribers/unsubscribe', [
        'methods' => 'POST',
        'callback' => 'pressfront_subscribers_rest_unsubscribe',
        'permission_callback' => $signed('subscribers'),
    ]);
});

function pressfront_subscribers_limit(string $which): int
{
    $default = $which === 'ip' ? PRESSFRONT_SUBSCRIBERS_LIMIT_PER_IP : PRESSFRONT_SUBSCRIBERS_LIMIT_PER_EMAIL;
    $value = (int) get_option('pressfront_bridge_subscribe_limit_' . $which, $default);
    return $value > 0 ? $value : $default;
}

function pressfront_subscribers_rest_sign_up(WP_REST_Request $request)
{
    $params = (array) $request->get_json_params();
    $email = strtolower(trim((string) ($params['email'] ?? '')));
    $consent = trim((string) ($params['consentText'] ?? ''));
    $frontend = untrailingslashit(esc_url_raw((string) ($params['frontendUrl'] ?? ''), ['http', 'https']));
    // The links in our mails lead to a frontend the site owner listed, when they listed any: a
    // frontend that trusts a forged Host header must not turn our mails into someone's phishing.
    $known = pressfront_bridge_frontends();
    if ($known && !in_array($frontend, $known, true)) {
        $frontend = $known[0];
    }
    $ip = (string) ($params['ip'] ?? '');
    if ($email === '' || strlen($email) > 191 || !is_email($email)) {
        return new WP_Error('pressfront_invalid_email', 'That does not look like an email address.', ['status' => 400]);
    }
    if ($consent === '' || strlen($consent) > 1000) {
        return new WP_Error('pressfront_missing_consent', 'The consent text shown to the reader is required.', ['status' => 400]);
    }
    foreach (['ip' => $ip, 'email' => $email] as $which => $value) {
        if ($value === '') {
            continue;
        }
        $wait = pressfront_subscribers_throttle($which . ':' . $value, pressfront_subscribers_limit($which));
        if ($wait > 0) {
            return new WP_Error('pressfront_rate_limited', 'Too many attempts; try again later.', ['status' => 429, 'retry_after' => $wait, 'scope' => $which]);
        }
    }
    $token = pressfront_subscribers_sign_up($email, $consent, max(0, (int) ($params['sourcePost'] ?? 0)), $frontend);
    if ($token !== null && !pressfront_subscribers_mail_confirmation($email, $token, $frontend ?: pressfront_subscribers_frontend([]))) {
        // The row stays pending with no mail on record, so the next attempt sends again.
        global $wpdb;
        $wpdb->update(pressfront_subscribers_table(), ['mailed_at' => null], ['email' => $email]);
        return new WP_Error('pressfront_mail_failed', 'The confirmation mail could not be sent.', ['status' => 503]);
    }
    // The same answer whether the address is new, pending or confirmed: the form tells no one who
    // subscribed.
    return new WP_REST_Response(['status' => 'accepted'], 202);
}

function pressfront_subscribers_rest_confirm(WP_REST_Request $request)
{
    [$outcome, $row] = pressfront_subscribers_confirm((string) ($request->get_json_params()['token'] ?? ''));
    if ($outcome === 'confirmed' && $row) {
        pressfront_subscribers_mail_welcome($row);
    }
    return new WP_REST_Response(['status' => $outcome], 200);
}

function pressfront_subscribers_rest_unsubscribe(WP_REST_Request $request)
{
    $outcome = pressfront_subscribers_unsubscribe((string) ($request->get_json_params()['token'] ?? ''));
    return new WP_REST_Response(['status' => $outcome], 200);
}

function pressfront_subscribers_public_row(array $row): array
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

function pressfront_subscribers_rest_list(WP_REST_Request $request)
{
    $search = (string) $request['search'];
    $status = (string) $request['status'];
    $per_page = (int) $request['per_page'];
    $rows = pressfront_subscribers_query($search, $status, $per_page, ((int) $request['page'] - 1) * $per_page);
    $response = new WP_REST_Response(array_map('pressfront_subscribers_public_row', $rows));
    $response->header('X-WP-Total', (string) pressfront_subscribers_count($search, $status));
    return $response;
}
