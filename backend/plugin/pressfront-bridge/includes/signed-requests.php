<?php
// Requests from the frontend to this WordPress (subscriber sign-ups, confirmations) are signed
// like the webhooks we send it: HMAC-SHA256 with the shared secret, here over
// "<context>.<timestamp>.<body>" so a captured webhook can never be replayed as a request to us.

defined('ABSPATH') || exit;

const PRESSFRONT_BRIDGE_SIGNATURE_WINDOW = 300;

/** True when the request carries a fresh signature made with our secret for this context. */
function pressfront_bridge_verify_signed(WP_REST_Request $request, string $context)
{
    $timestamp = (string) $request->get_header('x_pressfront_timestamp');
    $signature = strtolower((string) $request->get_header('x_pressfront_signature'));
    if (!ctype_digit($timestamp) || !preg_match('/^[0-9a-f]{64}$/', $signature)) {
        return new WP_Error('pressfront_unsigned', __('This endpoint answers signed requests from the frontend only.', 'pressfront-bridge'), ['status' => 401]);
    }
    if (abs(time() - (int) $timestamp) > PRESSFRONT_BRIDGE_SIGNATURE_WINDOW) {
        return new WP_Error('pressfront_stale', __('The request’s timestamp is too old or in the future.', 'pressfront-bridge'), ['status' => 401]);
    }
    $expected = hash_hmac('sha256', $context . '.' . $timestamp . '.' . $request->get_body(), pressfront_bridge_secret());
    if (!hash_equals($expected, $signature)) {
        return new WP_Error('pressfront_bad_signature', __('The request’s signature does not match.', 'pressfront-bridge'), ['status' => 401]);
    }
    return true;
}
