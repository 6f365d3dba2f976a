<?php

namespace Pressfront\Bridge;

use WP_Error;
use WP_REST_Request;

defined('ABSPATH') || exit;

/**
 * The one signing implementation: everything that passes between this site and its frontends is
 * signed here, with HMAC-SHA256 under the shared secret over its parts joined by "." — the
 * frontend's lib/signing computes the same. A context or purpose is always the first part, so no
 * signed thing of one kind can stand in for another (a captured webhook cannot be replayed as a
 * request to us). The webhook alone signs "<timestamp>.<body>", the shape frontends already check.
 */
final class Signer
{
    public const TIMESTAMP_HEADER = 'X-Pressfront-Timestamp';
    public const SIGNATURE_HEADER = 'X-Pressfront-Signature';
    /** How old a signed request may be, either way (clocks drift a little). */
    public const WINDOW_SECONDS = 300;

    /** @var Settings */
    private $settings;

    public function __construct(Settings $settings)
    {
        $this->settings = $settings;
    }

    /** HMAC-SHA256 of the parts joined by ".", in hex. */
    public function mac(string ...$parts): string
    {
        return hash_hmac('sha256', implode('.', $parts), $this->settings->secret());
    }

    /**
     * The headers of a signed request: the timestamp, and the MAC over "<context>.<timestamp>.<body>"
     * (over "<timestamp>.<body>" when $context is null: the revalidation webhook).
     *
     * @return array<string, string>
     */
    public function headers(?string $context, string $body, ?int $timestamp = null): array
    {
        $timestamp = $timestamp ?? time();
        $parts = $context === null ? [(string) $timestamp, $body] : [$context, (string) $timestamp, $body];
        return [
            self::TIMESTAMP_HEADER => (string) $timestamp,
            self::SIGNATURE_HEADER => $this->mac(...$parts),
        ];
    }

    /**
     * True when a request to this site carries a fresh signature made with the secret for this
     * context; otherwise the error to answer with (401).
     *
     * @return true|WP_Error
     */
    public function verify(WP_REST_Request $request, string $context)
    {
        $timestamp = (string) $request->get_header('x_pressfront_timestamp');
        $signature = strtolower((string) $request->get_header('x_pressfront_signature'));
        if (!ctype_digit($timestamp) || !preg_match('/^[0-9a-f]{64}$/', $signature)) {
            return new WP_Error('pressfront_unsigned', __('This endpoint answers signed requests from the frontend only.', 'pressfront-bridge'), ['status' => 401]);
        }
        if (abs(time() - (int) $timestamp) > self::WINDOW_SECONDS) {
            return new WP_Error('pressfront_stale', __('The request’s timestamp is too old or in the future.', 'pressfront-bridge'), ['status' => 401]);
        }
        if (!hash_equals($this->mac($context, $timestamp, $request->get_body()), $signature)) {
            return new WP_Error('pressfront_bad_signature', __('The request’s signature does not match.', 'pressfront-bridge'), ['status' => 401]);
        }
        return true;
    }

    /**
     * A token a browser carries to the frontend (preview links): "<base64url JSON>.<MAC of
     * '<purpose>.' and it>", which the frontend's verifyPayload checks.
     */
    public function token(string $purpose, array $payload): string
    {
        $encoded = rtrim(strtr(base64_encode((string) wp_json_encode($payload)), '+/', '-_'), '=');
        return $encoded . '.' . $this->mac($purpose, $encoded);
    }
}
