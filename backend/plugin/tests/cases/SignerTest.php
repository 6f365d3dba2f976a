<?php

namespace Pressfront\Bridge\Tests;

use Pressfront\Bridge\Plugin;
use Pressfront\Bridge\Settings;
use Pressfront\Bridge\Signer;
use WP_REST_Request;

/** The one signing implementation: the frontend's lib/signing checks the same vectors. */
final class SignerTest extends TestCase
{
    /** @var array */
    private $vectors;
    /** @var Signer */
    private $signer;

    protected function setUp(): void
    {
        parent::setUp();
        $this->vectors = json_decode((string) file_get_contents(dirname(__DIR__) . '/fixtures/signing-vectors.json'), true);
        update_option(Settings::SECRET, $this->vectors['secret']);
        $this->signer = Plugin::get(Signer::class);
    }

    public function test_signs_as_the_frontend_verifies(): void
    {
        foreach ($this->vectors['macs'] as $case) {
            $this->assertSame($case['mac'], $this->signer->mac(...$case['parts']), $case['what']);
        }
        $token = $this->vectors['token'];
        $this->assertSame($token['token'], $this->signer->token($token['purpose'], $token['payload']));
    }

    public function test_signs_every_request_the_same_way(): void
    {
        $webhook = $this->vectors['macs'][0];
        $this->assertSame(
            ['X-Pressfront-Timestamp' => '1800000000', 'X-Pressfront-Signature' => $webhook['mac']],
            $this->signer->headers(null, $webhook['parts'][1], 1800000000)
        );
        $request = $this->vectors['macs'][1];
        $this->assertSame($request['mac'], $this->signer->headers('subscribers', $request['parts'][2], 1800000000)['X-Pressfront-Signature']);
    }

    private function signed(string $context, string $body, int $at, ?string $signature = null): WP_REST_Request
    {
        $request = new WP_REST_Request('POST', '/pressfront/v1/test');
        $request->set_body($body);
        $headers = $this->signer->headers($context, $body, $at);
        $request->set_header('X-Pressfront-Timestamp', $headers['X-Pressfront-Timestamp']);
        $request->set_header('X-Pressfront-Signature', $signature ?? $headers['X-Pressfront-Signature']);
        return $request;
    }

    public function test_verifies_fresh_requests_for_their_context_only(): void
    {
        $this->assertTrue($this->signer->verify($this->signed('subscribers', '{"a":1}', time()), 'subscribers'));
        $this->assertTrue($this->signer->verify($this->signed('subscribers', '{"a":1}', time() - 299), 'subscribers'));

        $stale = $this->signer->verify($this->signed('subscribers', '{"a":1}', time() - 301), 'subscribers');
        $this->assertSame('pressfront_stale', $stale->get_error_code());
        $this->assertSame(401, $stale->get_error_data()['status']);

        $other_context = $this->signer->verify($this->signed('changes', '{"a":1}', time()), 'subscribers');
        $this->assertSame('pressfront_bad_signature', $other_context->get_error_code());

        $tampered = $this->signed('subscribers', '{"a":1}', time());
        $tampered->set_body('{"a":2}');
        $this->assertSame('pressfront_bad_signature', $this->signer->verify($tampered, 'subscribers')->get_error_code());

        $unsigned = new WP_REST_Request('POST', '/pressfront/v1/test');
        $this->assertSame('pressfront_unsigned', $this->signer->verify($unsigned, 'subscribers')->get_error_code());
        $garbled = $this->signed('subscribers', '{}', time(), 'not-hex');
        $this->assertSame('pressfront_unsigned', $this->signer->verify($garbled, 'subscribers')->get_error_code());
    }

    public function test_a_new_secret_makes_old_signatures_useless(): void
    {
        $request = $this->signed('subscribers', '{}', time());
        Plugin::get(Settings::class)->regenerate_secret();
        $this->assertSame('pressfront_bad_signature', $this->signer->verify($request, 'subscribers')->get_error_code());
    }
}
