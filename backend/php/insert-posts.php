<?php
// Publishes many posts at once, for tests that need hundreds (`wp.sh insert FILE`): FILE is JSON,
// [{ "slug", "title", "content", "date" }], the content as an author typed it in the classic
// editor (WordPress renders it — wpautop, shortcodes — when the REST API is asked). Prints the ids
// as JSON, { slug: id }. Written with WordPress's own functions: five hundred posts in seconds, not
// minutes. Nobody is told: no frontend message, no subscriber mail. `wp.sh reset` removes them.
// Usage: php insert-posts.php DOCROOT SITE_URL FILE
[$_, $docroot, $site_url, $file] = $argv + [null, null, null, null];
if (!$docroot || !$site_url || !$file || !is_readable($file)) {
    fwrite(STDERR, "usage: php insert-posts.php DOCROOT SITE_URL FILE\n");
    exit(2);
}
$_SERVER['HTTP_HOST'] = parse_url($site_url, PHP_URL_HOST) . ':' . parse_url($site_url, PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/';
require $docroot . '/wp-load.php';

require __DIR__ . '/quiet-writes.php';
pressfront_write_quietly();
// As an administrator would write it (unfiltered HTML, like authors of years past could).
wp_set_current_user(1);
kses_remove_filters();

$posts = json_decode((string) file_get_contents($file), true);
if (!is_array($posts)) {
    fwrite(STDERR, "$file is not a JSON list of posts\n");
    exit(1);
}
$ids = [];
foreach ($posts as $post) {
    $id = wp_insert_post([
        'post_type' => 'post',
        'post_status' => 'publish',
        'post_name' => (string) $post['slug'],
        'post_title' => (string) $post['title'],
        'post_content' => (string) $post['content'],
        'post_date' => (string) ($post['date'] ?? '2001-01-01 00:00:00'),
        'post_author' => 1,
    ], true);
    if (is_wp_error($id)) {
        fwrite(STDERR, 'could not insert ' . $post['slug'] . ': ' . $id->get_error_message() . "\n");
        exit(1);
    }
    $ids[$post['slug']] = $id;
}
wp_defer_term_counting(false);
echo wp_json_encode($ids) . "\n";
