<?php
// The REST face of the subscriber list. Sign-up, confirmation and unsubscribing answer signed
// requests from the frontend only (it alone knows the shared secret); the listing is for
// administrators (wp-admin, Application Passwords).

defined('ABSPATH') || exit;

const PRESSFRONT_SUBSCRIBERS_LIMIT_PER_IP = 10;
const PRESSFRONT_SUBSCRIBERS_LIMIT_PER_EMAIL = 3;

function pressfront_subscribers_routes(): void
{
    register_rest_route(PRESSFRONT_BRIDGE_NAMESPACE, '/subscribers', [
        [
            'methods' => 'POST',
            'callback' => 'pressfront_subscribers_rest_sign_up',
            'permission_callback' => 'pressfront_subscribers_rest_signed',
        ],
        [
            'methods' => 'GET',
            'callback' => 'pressfront_subscribers_rest_list',
            'permission_callback' => 'pressfront_subscribers_rest_can_list',
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
        'permission_callback' => 'pressfront_subscribers_rest_signed',
    ]);
    register_rest_route(PRESSFRONT_BRIDGE_NAMESPACE, '/subscribers/unsubscribe', [
        'methods' => 'POST',
        'callback' => 'pressfront_subscribers_rest_unsubscribe',
        'permission_callback' => 'pressfront_subscribers_rest_signed',
    ]);
}
add_action('rest_api_init', 'pressfront_subscribers_routes');

/** Sign-up, confirmation and unsubscribing: requests the frontend signed with the shared secret. */
function pressfront_subscribers_rest_signed(WP_REST_Request $request)
{
    return pressfront_bridge_verify_signed($request, 'subscribers');
}

function pressfront_subscribers_rest_can_list(): bool
{
    return current_user_can('manage_options');
}

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
        return new WP_Error('pressfront_invalid_email', __('That does not look like an email address.', 'pressfront-bridge'), ['status' => 400]);
    }
    if ($consent === '' || strlen($consent) > 1000) {
        return new WP_Error('pressfront_missing_consent', __('The consent text shown to the reader is required.', 'pressfront-bridge'), ['status' => 400]);
    }
    foreach (['ip' => $ip, 'email' => $email] as $which => $value) {
        if ($value === '') {
            continue;
        }
        $wait = pressfront_subscribers_throttle($which . ':' . $value, pressfront_subscribers_limit($which));
        if ($wait > 0) {
            return new WP_Error('pressfront_rate_limited', __('Too many attempts; try again later.', 'pressfront-bridge'), ['status' => 429, 'retry_after' => $wait, 'scope' => $which]);
        }
    }
    $token = pressfront_subscribers_sign_up($email, $consent, max(0, (int) ($params['sourcePost'] ?? 0)), $frontend);
    if ($token !== null && !pressfront_subscribers_mail_confirmation($email, $token, $frontend ?: pressfront_subscribers_frontend([]))) {
        // The row stays pending with no mail on record, so the next attempt sends again.
        global $wpdb;
        $wpdb->update(pressfront_subscribers_table(), ['mailed_at' => null], ['email' => $email]);
        return new WP_Error('pressfront_mail_failed', __('The confirmation mail could not be sent.', 'pressfront-bridge'), ['status' => 503]);
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
