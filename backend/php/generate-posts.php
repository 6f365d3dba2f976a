<?php
// Tops the local WordPress up to COUNT generated posts, for the benchmark (`wp.sh generate COUNT`):
// a site the size of a real magazine's, behind the demo. Posts get the seed's images (featured and
// in the body, captioned), categories, tags and authors, and are dated before the demo's stories,
// so the demo's pages keep their content while every query runs over the whole archive.
// Written with WordPress's own functions, not the REST API: 10,000 posts must take a minute, not
// ten. `wp.sh reset` takes them all away again.
// Usage: php generate-posts.php DOCROOT SITE_URL COUNT
[$_, $docroot, $site_url, $count] = $argv + [null, null, null, null];
if (!$docroot || !$site_url || !is_numeric($count)) {
    fwrite(STDERR, "usage: php generate-posts.php DOCROOT SITE_URL COUNT\n");
    exit(2);
}
$_SERVER['HTTP_HOST'] = parse_url($site_url, PHP_URL_HOST) . ':' . parse_url($site_url, PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/';
require $docroot . '/wp-load.php';

require __DIR__ . '/quiet-writes.php';
pressfront_write_quietly();

global $wpdb;
$have = (int) $wpdb->get_var(
    "SELECT COUNT(*) FROM {$wpdb->postmeta} WHERE meta_key = '_pressfront_generated'"
);
$target = (int) $count;
if ($have >= $target) {
    echo "generated posts: $have (none added)\n";
    exit(0);
}

$authors = get_users(['role__in' => ['administrator', 'editor', 'author'], 'fields' => 'ID']);
$categories = get_terms(['taxonomy' => 'category', 'hide_empty' => false, 'fields' => 'ids', 'exclude' => [1]]);
$tags = get_terms(['taxonomy' => 'post_tag', 'hide_empty' => false, 'fields' => 'ids']);
$images = get_posts([
    'post_type' => 'attachment',
    'post_mime_type' => 'image',
    'post_status' => 'inherit',
    'numberposts' => -1,
    'fields' => 'ids',
]);
if (!$authors || !$categories || !$images) {
    fwrite(STDERR, "the demo content is missing: seed WordPress first (wp.sh up)\n");
    exit(1);
}

$words = explode(' ', 'harbour council tide energy river school market festival museum budget bridge ' .
    'ferry coast storm library garden theatre election railway clinic fishing harvest port ' .
    'students volunteers engineers residents mayor plan report survey season record opening ' .
    'repair review funding project community weather archive map village district square');
$pick = fn(array $list) => $list[mt_rand(0, count($list) - 1)];
$sentence = function (int $n) use ($words, $pick): string {
    $out = [];
    for ($i = 0; $i < $n; $i++) {
        $out[] = $pick($words);
    }
    return ucfirst(implode(' ', $out)) . '.';
};
$paragraph = fn() => implode(' ', array_map(fn() => $sentence(mt_rand(8, 16)), range(1, mt_rand(3, 5))));

// Before the demo's first story (2026-09-01), one every seven hours going back.
$newest = strtotime('2026-08-31 18:00:00');
$started = microtime(true);
for ($i = $have; $i < $target; $i++) {
    mt_srand(1000 + $i);
    $image = $pick($images);
    $src = wp_get_attachment_image_src($image, 'large');
    $caption = $sentence(6);
    $figure = sprintf(
        '<!-- wp:image {"id":%d,"sizeSlug":"large"} --><figure class="wp-block-image size-large">' .
        '<img src="%s" alt="%s" class="wp-image-%d" width="%d" height="%d"/>' .
        '<figcaption class="wp-element-caption">%s</figcaption></figure><!-- /wp:image -->',
        $image, esc_url($src[0]), esc_attr($caption), $image, $src[1], $src[2], esc_html($caption)
    );
    $blocks = [];
    foreach (range(1, mt_rand(4, 8)) as $n) {
        $blocks[] = '<!-- wp:paragraph --><p>' . esc_html($paragraph()) . '</p><!-- /wp:paragraph -->';
        if ($n === 2) {
            $blocks[] = $figure;
        }
    }
    $id = wp_insert_post([
        'post_title' => rtrim($sentence(mt_rand(4, 8)), '.'),
        'post_name' => 'generated-story-' . ($i + 1),
        'post_status' => 'publish',
        'post_author' => $pick($authors),
        'post_date' => date('Y-m-d H:i:s', $newest - $i * 7 * 3600),
        'post_content' => implode("\n\n", $blocks),
        'post_category' => [$pick($categories)],
        'comment_status' => 'open',
        'meta_input' => ['_pressfront_generated' => 1, '_thumbnail_id' => $image],
    ], true);
    if (is_wp_error($id)) {
        fwrite(STDERR, 'post ' . ($i + 1) . ': ' . $id->get_error_message() . "\n");
        exit(1);
    }
    if ($tags) {
        wp_set_post_terms($id, [$pick($tags), $pick($tags)], 'post_tag');
    }
}
wp_defer_term_counting(false);
printf("generated posts: %d (%d added in %.1f s)\n", $target, $target - $have, microtime(true) - $started);
