<?php

namespace Pressfront\Bridge\Subscribers;

use Pressfront\Bridge\Settings;
use WP_Post;

defined('ABSPATH') || exit;

/**
 * The mails subscribers get, all through wp_mail: the confirmation (double opt-in), a welcome once
 * confirmed, and each newly published post. Every mail to a confirmed subscriber carries a
 * one-click unsubscribe link, in the text and in the List-Unsubscribe header. A post going live is
 * mailed to confirmed subscribers: the first batch when the request ends, the rest by WP-Cron, so
 * publishing never waits on thousands of mails.
 */
final class Mail
{
    public const SEND_HOOK = 'pressfront_subscribers_send_post';
    private const BATCH = 50;

    /** @var Settings */
    private $settings;
    /** @var Store */
    private $store;
    /** @var int[] Posts published during this request. */
    private $new_posts = [];

    public function __construct(Settings $settings, Store $store)
    {
        $this->settings = $settings;
        $this->store = $store;
    }

    public function register(): void
    {
        add_action('transition_post_status', [$this, 'on_post_status'], 10, 3);
        add_action('shutdown', [$this, 'send_new_posts']);
        add_action(self::SEND_HOOK, [$this, 'send_post'], 10, 2);
    }

    private static function site_name(): string
    {
        return wp_specialchars_decode((string) get_option('blogname'), ENT_QUOTES);
    }

    /** Where a subscriber's links lead: the frontend they signed up on, else the first one, else WordPress. */
    public function frontend(array $row): string
    {
        $url = untrailingslashit((string) ($row['frontend_url'] ?? ''));
        if ($url === '') {
            $url = $this->settings->first_frontend() ?? untrailingslashit(home_url());
        }
        return $url;
    }

    public function confirmation(string $email, string $token, string $frontend): bool
    {
        $site = self::site_name();
        $link = untrailingslashit($frontend) . '/subscribe/confirm/?token=' . rawurlencode($token);
        $body = sprintf(
            /* translators: 1: the site's name, 2: the confirmation link */
            __("Hello,\n\nSomeone — we hope you — asked to receive new stories from %1\$s at this address.\n\nTo confirm, open this link within 48 hours:\n%2\$s\n\nIf it was not you, ignore this mail: nothing will be sent to you again.\n", 'pressfront-bridge'),
            $site,
            $link
        );
        /* translators: %s: the site's name */
        return wp_mail($email, sprintf(__('Confirm your subscription to %s', 'pressfront-bridge'), $site), $body);
    }

    private function to_subscriber(array $row, string $subject, string $text): bool
    {
        $unsubscribe = $this->frontend($row) . '/subscribe/unsubscribe/?token=' . rawurlencode($this->store->unsubscribe_token($row));
        $body = $text . "\n\n--\n" . sprintf(
            /* translators: 1: the site's name, 2: the one-click unsubscribe link */
            __("You get this because you subscribed to %1\$s.\nUnsubscribe with one click: %2\$s\n", 'pressfront-bridge'),
            self::site_name(),
            $unsubscribe
        );
        return wp_mail($row['email'], $subject, $body, ['List-Unsubscribe: <' . $unsubscribe . '>']);
    }

    public function welcome(array $row): bool
    {
        $site = self::site_name();
        return $this->to_subscriber(
            $row,
            /* translators: %s: the site's name */
            sprintf(__('You are subscribed to %s', 'pressfront-bridge'), $site),
            /* translators: %s: the site's name */
            sprintf(__('Thank you: your subscription to %s is confirmed. New stories will come to this address.', 'pressfront-bridge'), $site)
        );
    }

    /** @param WP_Post $post */
    public function on_post_status($new, $old, $post): void
    {
        if ($new !== 'publish' || $old === 'publish' || $post->post_type !== 'post' || $post->post_password !== '') {
            return;
        }
        $this->new_posts[] = (int) $post->ID;
    }

    /** At the end of the request that published them: the first batch of each new post's mails. */
    public function send_new_posts(): void
    {
        $posts = array_unique($this->new_posts);
        $this->new_posts = [];
        foreach ($posts as $post_id) {
            $this->send_post($post_id, 0);
        }
    }

    public function send_post(int $post_id, int $after_id): void
    {
        global $wpdb;
        $post = get_post($post_id);
        if (!$post || $post->post_status !== 'publish') {
            return;
        }
        $table = Store::table();
        $rows = $wpdb->get_results($wpdb->prepare(
            "SELECT * FROM $table WHERE status = 'confirmed' AND id > %d ORDER BY id LIMIT %d",
            $after_id,
            self::BATCH
        ), ARRAY_A) ?: [];
        $title = wp_specialchars_decode(wp_strip_all_tags(get_the_title($post)), ENT_QUOTES);
        $excerpt = wp_specialchars_decode(wp_strip_all_tags(get_the_excerpt($post)), ENT_QUOTES);
        $path = (string) wp_parse_url(get_permalink($post), PHP_URL_PATH);
        foreach ($rows as $row) {
            $this->to_subscriber(
                $row,
                /* translators: %s: the new post's title */
                sprintf(__('New: %s', 'pressfront-bridge'), $title),
                /* translators: 1: the post's title, 2: its excerpt, 3: its address on the site */
                sprintf(__("%1\$s\n\n%2\$s\n\nRead it: %3\$s", 'pressfront-bridge'), $title, $excerpt, $this->frontend($row) . $path)
            );
        }
        if (count($rows) === self::BATCH) {
            $last = end($rows);
            wp_schedule_single_event(time() + 5, self::SEND_HOOK, [$post_id, (int) $last['id']]);
        }
    }
}
