<?php

namespace Pressfront\Bridge\Tests;

use Pressfront\Bridge\ChangeLog;
use Pressfront\Bridge\Plugin;
use Pressfront\Bridge\Signer;
use WP_REST_Request;

/** The change log a frontend catches up from. */
final class ChangeLogTest extends TestCase
{
    /** @var ChangeLog */
    private $log;

    protected function setUp(): void
    {
        parent::setUp();
        $this->log = Plugin::get(ChangeLog::class);
    }

    public function test_numbers_each_batch_and_answers_what_came_after(): void
    {
        $first = $this->log->record(['post:1'], 'post.publish');
        $second = $this->log->record(['term:3', 'posts'], 'term.changed');
        $this->assertSame($first + 1, $second);

        $after = $this->log->since($first);
        $this->assertTrue($after['complete']);
        $this->assertSame($second, $after['latest']);
        $this->assertSame([['seq' => $second, 'event' => 'term.changed', 'tags' => ['term:3', 'posts']]], $after['changes']);

        $this->assertSame([], $this->log->since($second)['changes']);
        $this->assertTrue($this->log->since($second)['complete']);
    }

    public function test_says_when_it_cannot_know(): void
    {
        $latest = $this->log->record(['site'], 'site.updated');
        // A frontend that knows no position, or one this log never gave (a restored database).
        $this->assertFalse($this->log->since(null)['complete']);
        $this->assertFalse($this->log->since($latest + 5)['complete']);
    }

    public function test_a_new_log_starts_at_a_number_of_its_own(): void
    {
        global $wpdb;
        $wpdb->query('DROP TABLE IF EXISTS ' . ChangeLog::table());
        delete_option(ChangeLog::VERSION_OPTION);
        ChangeLog::install();
        $first = $this->log->record(['posts'], 'first');
        $wpdb->query('DROP TABLE IF EXISTS ' . ChangeLog::table());
        delete_option(ChangeLog::VERSION_OPTION);
        ChangeLog::install();
        $again = $this->log->record(['posts'], 'first');
        // Two logs' numbers are far apart: a position kept from one is not the other's.
        $this->assertGreaterThan(ChangeLog::KEPT, abs($first - $again));
        $this->assertFalse($this->log->since($first)['complete']);
        $this->assertTrue($this->log->since($again - 1)['complete']);
    }

    public function test_keeps_the_newest_thousand_and_says_when_a_frontend_fell_behind_them(): void
    {
        $first = $this->log->record(['post:1'], 'first');
        for ($i = 0; $i < ChangeLog::KEPT + 60; $i++) {
            $last = $this->log->record(['posts'], 'many');
        }
        global $wpdb;
        $kept = (int) $wpdb->get_var('SELECT COUNT(*) FROM ' . ChangeLog::table());
        $this->assertLessThanOrEqual(ChangeLog::KEPT + 50, $kept);
        $this->assertFalse($this->log->since($first)['complete'], 'what it missed is gone');
        $recent = $this->log->since($last - 3);
        $this->assertTrue($recent['complete']);
        $this->assertCount(3, $recent['changes']);
    }

    public function test_answers_signed_requests_only(): void
    {
        $this->log->record(['posts'], 'post.publish');
        $body = (string) wp_json_encode(['since' => 0]);
        $unsigned = new WP_REST_Request('POST', '/pressfront/v1/changes');
        $unsigned->set_body($body);
        $this->assertSame(401, rest_do_request($unsigned)->get_status());

        $signed = new WP_REST_Request('POST', '/pressfront/v1/changes');
        $signed->set_header('Content-Type', 'application/json');
        $signed->set_body($body);
        foreach (Plugin::get(Signer::class)->headers('changes', $body) as $name => $value) {
            $signed->set_header($name, $value);
        }
        $answer = rest_do_request($signed);
        $this->assertSame(200, $answer->get_status());
        $this->assertArrayHasKey('latest', $answer->get_data());
    }
}
