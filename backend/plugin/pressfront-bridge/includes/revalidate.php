<?php
// Tells the frontend what changed: every change to published content, terms, authors, menus and
// site settings becomes a list of cache tags (the shapes in the frontend's lib/wordpress/tags.ts),
// collected during the request and sent once at its end, signed with HMAC-SHA256 over
// "<timestamp>.<body>", with the sequence number the change log gave it (changes.php). Failed
// deliveries are retried by WP-Cron with backoff; the last 50 are kept for the settings page.

defined('ABSPATH') || exit;

const PRESSFRONT_BRIDGE_RETRY_DELAYS = [30, 120, 600];
const PRESSFRONT_BRIDGE_LOG_SIZE = 50;

/** Tags collected during this request, sent at shutdown. */
function pressfront_bridge_queue(array $tags, string $event): void
{
    static $registered = false;
    $GLOBALS['pressfront_bridge_tags'] = array_merge($GLOBALS['pressfront_bridge_tags'] ?? [], $tags);
    $GLOBALS['pressfront_bridge_events'][] = $event;
    if (!$registered) {
        $registered = true;
        add_action('shutdown', 'pressfront_bridge_flush');
    }
}

function pressfront_bridge_flush(): void
{
    $tags = array_values(array_unique($GLOBALS['pressfront_bridge_tags'] ?? []));
    if (!$tags) {
        return;
    }
    $events = array_values(array_unique($GLOBALS['pressfront_bridge_events'] ?? []));
    $event = substr(implode(',', $events), 0, 64);
    $GLOBALS['pressfront_bridge_tags'] = [];
    // Logged first, with its sequence number: a frontend that misses this message asks for it later.
    $message = ['tags' => $tags, 'event' => $event];
    $seq = pressfront_bridge_record_change($tags, $event);
    if ($seq > 0) {
        $message['seq'] = $seq;
    }
    pressfront_bridge_deliver_all(pressfront_bridge_frontends(), wp_json_encode($message));
}

/** @return string[] */
function pressfront_bridge_frontends(): array
{
    $lines = preg_split('/\s+/', (string) get_option('pressfront_bridge_frontends', ''));
    return array_values(array_filter(array_map('untrailingslashit', $lines), function ($url) {
        return (bool) wp_http_validate_url($url) || preg_match('#^https?://(localhost|127\.0\.0\.1)(:\d+)?$#', $url);
    }));
}

function pressfront_bridge_secret(): string
{
    $secret = (string) get_option('pressfront_bridge_secret', '');
    if (strlen($secret) < 32) {
        $secret = wp_generate_password(48, false);
        update_option('pressfront_bridge_secret', $secret, false);
    }
    return $secret;
}

/** The signed request for one frontend, in the shape WordPress's HTTP library takes. */
function pressfront_bridge_request(string $frontend, string $body): array
{
    $timestamp = time();
    return [
        'url' => $frontend . '/api/revalidate/',
        'timestamp' => $timestamp,
        'headers' => [
            'Content-Type' => 'application/json',
            'X-Pressfront-Timestamp' => (string) $timestamp,
            'X-Pressfront-Signature' => hash_hmac('sha256', $timestamp . '.' . $body, pressfront_bridge_secret()),
        ],
    ];
}

/** Sends one signed request; on failure schedules the next attempt. Returns the logged result. */
function pressfront_bridge_deliver(string $frontend, string $body, int $attempt): array
{
    $request = pressfront_bridge_request($frontend, $body);
    $response = wp_remote_post($request['url'], [
        'timeout' => 3,
        'redirection' => 0,
        'headers' => $request['headers'],
        'body' => $body,
    ]);
    return pressfront_bridge_delivered(
        $frontend,
        $body,
        $attempt,
        $request['timestamp'],
        is_wp_error($response) ? 0 : (int) wp_remote_retrieve_response_code($response),
        is_wp_error($response) ? $response->get_error_message() : wp_remote_retrieve_body($response)
    );
}

/**
 * Sends the first attempt to every frontend at once: one after the other, each waited for the one
 * before it to answer, so with N frontends (or workers) the last saw a change N round trips late.
 */
function pressfront_bridge_deliver_all(array $frontends, string $body): void
{
    if (count($frontends) < 2) {
        foreach ($frontends as $frontend) {
            pressfront_bridge_deliver($frontend, $body, 1);
        }
        return;
    }
    // WordPress 6.2 moved the library into its own namespace; 6.1 (Debian's) has the old name.
    $library = class_exists('\\WpOrg\\Requests\\Requests') ? '\\WpOrg\\Requests\\Requests' : '\\Requests';
    $requests = [];
    foreach ($frontends as $i => $frontend) {
        $request = pressfront_bridge_request($frontend, $body);
        $requests[$i] = [
            'url' => $request['url'],
            'type' => 'POST',
            'headers' => $request['headers'],
            'data' => $body,
            'options' => ['timeout' => 3, 'follow_redirects' => false],
            'timestamp' => $request['timestamp'],
        ];
    }
    $responses = $library::request_multiple(
        array_map(function ($r) {
            unset($r['timestamp']);
            return $r;
        }, $requests)
    );
    foreach ($frontends as $i => $frontend) {
        $response = $responses[$i] ?? null;
        $ok = is_object($response) && isset($response->status_code);
        pressfront_bridge_delivered(
            $frontend,
            $body,
            1,
            $requests[$i]['timestamp'],
            $ok ? (int) $response->status_code : 0,
            $ok ? (string) $response->body : (is_object($response) && method_exists($response, 'getMessage') ? $response->getMessage() : 'no answer')
        );
    }
}

/** Logs one delivery and, when it failed in a way a retry can mend, schedules the next attempt. */
function pressfront_bridge_delivered(string $frontend, string $body, int $attempt, int $timestamp, int $status, string $detail): array
{
    $result = [
        'time' => gmdate('c', $timestamp),
        'frontend' => $frontend,
        'attempt' => $attempt,
        'status' => $status,
        'detail' => substr($detail, 0, 300),
        'body' => $body,
    ];
    pressfront_bridge_log($result);
    // 4xx other than 429 will not get better by retrying (a wrong secret, a refused tag).
    $retry = $status === 0 || $status >= 500 || $status === 429;
    if ($retry && $attempt <= count(PRESSFRONT_BRIDGE_RETRY_DELAYS)) {
        $delay = PRESSFRONT_BRIDGE_RETRY_DELAYS[$attempt - 1];
        wp_schedule_single_event(time() + $delay, 'pressfront_bridge_retry', [$frontend, $body, $attempt + 1]);
    }
    return $result;
}
add_action('pressfront_bridge_retry', 'pressfront_bridge_deliver', 10, 3);

function pressfront_bridge_log(array $entry): void
{
    $log = get_option('pressfront_bridge_deliveries', []);
    array_unshift($log, $entry);
    update_option('pressfront_bridge_deliveries', array_slice($log, 0, PRESSFRONT_BRIDGE_LOG_SIZE), false);
}

// --- What changed, as tags ---------------------------------------------------------------------

/** Tags for a post or page, its listings, its author and its terms. */
function pressfront_bridge_post_tags(WP_Post $post): array
{
    $kind = $post->post_type === 'page' ? 'page' : 'post';
    $tags = [$kind . 's', $kind . ':' . $post->ID, 'comments:' . $post->ID, 'media'];
    if ($post->post_name !== '') {
        $tags[] = $kind . '-slug:' . $post->post_name;
    }
    if ($kind === 'post') {
        $tags[] = 'author:' . (int) $post->post_author;
        foreach (wp_get_post_terms($post->ID, ['category', 'post_tag'], ['fields' => 'ids']) as $term_id) {
            $tags[] = 'term:' . (int) $term_id;
        }
    }
    return $tags;
}

function pressfront_bridge_on_post_status($new_status, $old_status, $post): void
{
    if (!in_array($post->post_type, ['post', 'page'], true)) {
        return;
    }
    // Only what readers could see before or can see now matters to the frontend.
    if ($new_status !== 'publish' && $old_status !== 'publish') {
        return;
    }
    pressfront_bridge_queue(pressfront_bridge_post_tags($post), $post->post_type . '.' . $new_status);
}
add_action('transition_post_status', 'pressfront_bridge_on_post_status', 10, 3);

/** A renamed post: pages cached under its old slug must go too. */
function pressfront_bridge_on_post_updated($post_id, $after, $before): void
{
    if ($before->post_status === 'publish' && $before->post_name !== $after->post_name && $before->post_name !== '') {
        $kind = $before->post_type === 'page' ? 'page' : 'post';
        pressfront_bridge_queue([$kind . '-slug:' . $before->post_name], $kind . '.renamed');
    }
}
add_action('post_updated', 'pressfront_bridge_on_post_updated', 10, 3);

function pressfront_bridge_on_term_changed($term_id): void
{
    pressfront_bridge_queue(['terms', 'term:' . (int) $term_id, 'posts'], 'term.changed');
}
add_action('created_term', 'pressfront_bridge_on_term_changed');
add_action('edited_term', 'pressfront_bridge_on_term_changed');
add_action('delete_term', 'pressfront_bridge_on_term_changed');

function pressfront_bridge_on_profile_update($user_id): void
{
    pressfront_bridge_queue(['authors', 'author:' . (int) $user_id, 'posts'], 'author.updated');
}
add_action('profile_update', 'pressfront_bridge_on_profile_update');

function pressfront_bridge_on_menu_changed(): void
{
    $tags = [];
    foreach (array_keys(get_registered_nav_menus()) as $location) {
        if (preg_match('/^[a-z0-9_-]{1,64}$/', $location)) {
            $tags[] = 'menu:' . $location;
        }
    }
    pressfront_bridge_queue($tags, 'menu.updated');
}
add_action('wp_update_nav_menu', 'pressfront_bridge_on_menu_changed');
add_action('wp_add_nav_menu_item', 'pressfront_bridge_on_menu_changed');
add_action('wp_update_nav_menu_item', 'pressfront_bridge_on_menu_changed');

function pressfront_bridge_on_option_updated($option): void
{
    $site = ['blogname', 'blogdescription', 'timezone_string', 'gmt_offset', 'site_icon', 'WPLANG',
        'show_on_front', 'page_on_front', 'page_for_posts', 'date_format'];
    if (in_array($option, $site, true)) {
        pressfront_bridge_queue(['site', 'posts', 'pages'], 'site.updated');
    }
    if ($option === 'permalink_structure' || $option === 'category_base' || $option === 'tag_base') {
        pressfront_bridge_queue(['site', 'posts', 'pages', 'terms', 'authors', 'media'], 'permalinks.updated');
    }
    if ($option === 'theme_mods_' . get_stylesheet() || $option === 'nav_menu_locations') {
        pressfront_bridge_on_menu_changed();
    }
    if ($option === 'theme_mods_' . get_stylesheet()) {
        // The classic Custom Logo lives among the PHP theme's mods.
        pressfront_bridge_queue(['site'], 'site.updated');
    }
}
add_action('updated_option', 'pressfront_bridge_on_option_updated');
// An option set for the first time is added, not updated (a site's first language: WPLANG).
add_action('added_option', 'pressfront_bridge_on_option_updated');

function pressfront_bridge_on_comment_status($comment_id): void
{
    $comment = get_comment($comment_id);
    if ($comment) {
        pressfront_bridge_queue(['comments:' . (int) $comment->comment_post_ID], 'comment.status');
    }
}
add_action('wp_set_comment_status', 'pressfront_bridge_on_comment_status');

function pressfront_bridge_on_comment_post($comment_id, $approved): void
{
    if ($approved === 1) {
        $comment = get_comment($comment_id);
        pressfront_bridge_queue(['comments:' . (int) $comment->comment_post_ID], 'comment.approved');
    }
}
add_action('comment_post', 'pressfront_bridge_on_comment_post', 10, 2);
