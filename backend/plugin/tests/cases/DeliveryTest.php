<?php

namespace Pressfront\Bridge\Tests;

use Pressfront\Bridge\Delivery;
use Pressfront\Bridge\Plugin;
use Pressfront\Bridge\Settings;

/**
 * The webhook, delivered to real HTTP servers (PHP's built-in one, fixtures/frontend-router.php):
 * signed, through the WordPress HTTP API's filters and actions, to several frontends at once,
 * retried when a retry can help.
 */
final class DeliveryTest extends TestCase
{
    /** @var resource */
    private static $server;
    /** @var int */
    private static $port;
    /** @var string */
    private static $requests;
    /** @var Delivery */
    private $delivery;

    public static function setUpBeforeClass(): void
    {
        // A port nobody holds: the system picks one for a socket we close again.
        $probe = stream_socket_server('tcp://127.0.0.1:0');
        self::$port = (int) substr((string) stream_socket_get_name($probe, false), strrpos((string) stream_socket_get_name($probe, false), ':') + 1);
        fclose($probe);
        self::$requests = (string) tempnam(sys_get_temp_dir(), 'pf-requests-');
        self::$server = proc_open(
            [PHP_BINARY, '-S', '127.0.0.1:' . self::$port, dirname(__DIR__) . '/fixtures/frontend-router.php'],
            [0 => ['file', '/dev/null', 'r'], 1 => ['file', '/dev/null', 'w'], 2 => ['file', '/dev/null', 'w']],
            $pipes,
            null,
            ['PRESSFRONT_TEST_REQUESTS' => self::$requests] + getenv()
        );
        // Until it accepts connections (bounded: a server that never comes up fails the test).
        $deadline = microtime(true) + 10;
        while (!($socket = @fsockopen('127.0.0.1', self::$port)) && microtime(true) < $deadline) {
            usleep(20000);
        }
        if (!$socket) {
            self::fail('the stand-in frontend did not start');
        }
        fclose($socket);
    }

    public static function tearDownAfterClass(): void
    {
        proc_terminate(self::$server);
        proc_close(self::$server);
        @unlink(self::$requests);
    }

    protected function setUp(): void
    {
        parent::setUp();
        file_put_contents(self::$requests, '');
        update_option(Settings::SECRET, str_repeat('s', 48));
        $this->delivery = Plugin::get(Delivery::class);
        wp_unschedule_hook(Delivery::RETRY_HOOK);
    }

    protected function tearDown(): void
    {
        remove_all_filters('http_request_args');
        remove_all_filters('pre_http_request');
        remove_all_filters('http_response');
        remove_all_actions('http_api_debug');
        wp_unschedule_hook(Delivery::RETRY_HOOK);
        parent::tearDown();
    }

    private function frontend(string $path): string
    {
        return 'http://localhost:' . self::$port . $path;
    }

    /** @return array[] The requests the stand-in frontend got, in order. */
    private function received(): array
    {
        $lines = array_filter(explode("\n", (string) file_get_contents(self::$requests)));
        return array_map(static function (string $line): array {
            return json_decode($line, true);
        }, array_values($lines));
    }

    public function test_signed_to_every_frontend_at_once_through_the_http_apis_filters(): void
    {
        $debugged = [];
        add_filter('http_request_args', static function (array $args): array {
            $args['headers']['X-Pressfront-Test'] = 'filtered';
            return $args;
        });
        add_action('http_api_debug', static function ($response, $context, $class, $args, $url) use (&$debugged): void {
            $debugged[] = $url;
        }, 10, 5);
        $filtered = 0;
        add_filter('http_response', static function ($response) use (&$filtered) {
            $filtered++;
            return $response;
        });
        $body = (string) wp_json_encode(['tags' => ['posts'], 'event' => 'post.publish', 'seq' => 9]);
        $results = $this->delivery->send_all([$this->frontend('/one'), $this->frontend('/two')], $body);

        $this->assertSame([200, 200], array_column($results, 'status'));
        $received = $this->received();
        $this->assertEqualsCanonicalizing(['/one/api/revalidate/', '/two/api/revalidate/'], array_column($received, 'path'));
        foreach ($received as $request) {
            $this->assertSame($body, $request['body']);
            $this->assertSame('filtered', $request['headers']['x-pressfront-test']);
            $at = $request['headers']['x-pressfront-timestamp'];
            $this->assertSame(hash_hmac('sha256', $at . '.' . $body, str_repeat('s', 48)), $request['headers']['x-pressfront-signature']);
        }
        $this->assertCount(2, $debugged);
        $this->assertSame(2, $filtered);
        $this->assertSame([$this->frontend('/two'), $this->frontend('/one')], array_column(array_slice($this->delivery->recent(), 0, 2), 'frontend'));
        $this->assertFalse(wp_next_scheduled(Delivery::RETRY_HOOK, [$this->frontend('/one'), $body, 2]));
    }

    public function test_a_filter_may_answer_in_a_frontends_place(): void
    {
        $short = $this->frontend('/short');
        add_filter('pre_http_request', static function ($answer, $args, $url) use ($short) {
            return strpos($url, $short) === 0 ? ['response' => ['code' => 204, 'message' => 'No Content'], 'body' => '', 'headers' => [], 'cookies' => []] : $answer;
        }, 10, 3);
        $results = $this->delivery->send_all([$short, $this->frontend('/asked')], '{"tags":["site"]}');
        $this->assertSame([204, 200], array_column($results, 'status'));
        $this->assertSame(['/asked/api/revalidate/'], array_column($this->received(), 'path'));
    }

    public function test_retries_what_a_retry_can_mend_and_only_that(): void
    {
        $closed = 'http://localhost:1';
        $refusing = $this->frontend('/refuse');
        $body = '{"tags":["posts"]}';
        $results = $this->delivery->send_all([$closed, $refusing, $this->frontend('/fine')], $body);
        $this->assertSame([0, 401, 200], array_column($results, 'status'));
        // No answer: tried again (attempt 2) by WP-Cron; a refused signature would be refused again.
        $this->assertNotFalse(wp_next_scheduled(Delivery::RETRY_HOOK, [$closed, $body, 2]));
        $this->assertFalse(wp_next_scheduled(Delivery::RETRY_HOOK, [$refusing, $body, 2]));
        $this->assertStringContainsString('signature mismatch', $results[1]['detail']);

        // One frontend goes through wp_remote_post itself; its last retry is the last.
        $this->assertSame(0, $this->delivery->send($closed, $body, 4)['status']);
        $this->assertFalse(wp_next_scheduled(Delivery::RETRY_HOOK, [$closed, $body, 5]));
    }
}
