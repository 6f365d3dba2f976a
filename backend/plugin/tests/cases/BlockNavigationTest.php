<?php

namespace Pressfront\Bridge\Tests;

use Pressfront\Bridge\Plugin;
use Pressfront\Bridge\Revalidation;
use WP_REST_Request;

/** The Navigation block's menu as the header shows it: links, submenus, page lists. */
final class BlockNavigationTest extends TestCase
{
    private function navigation(): array
    {
        return rest_do_request(new WP_REST_Request('GET', '/pressfront/v1/navigation'))->get_data();
    }

    public function test_the_most_recent_navigation_as_a_tree(): void
    {
        $parent = wp_insert_post(['post_type' => 'page', 'post_title' => 'Harbour', 'post_status' => 'publish', 'menu_order' => 1]);
        $child = wp_insert_post(['post_type' => 'page', 'post_title' => 'Tides', 'post_status' => 'publish', 'post_parent' => $parent]);
        wp_insert_post(['post_type' => 'page', 'post_title' => 'Secret', 'post_status' => 'draft']);
        wp_insert_post(['post_type' => 'wp_navigation', 'post_title' => 'Older', 'post_status' => 'publish', 'post_date' => '2020-01-01 00:00:00',
            'post_content' => '<!-- wp:navigation-link {"label":"Old","url":"https://example.org/old/"} /-->']);
        $id = wp_insert_post([
            'post_type' => 'wp_navigation',
            'post_title' => 'Header',
            'post_status' => 'publish',
            'post_content' => '<!-- wp:home-link {"label":"Front"} /-->'
                . '<!-- wp:navigation-submenu {"label":"Pages","url":"https://example.org/pages/"} -->'
                . '<!-- wp:navigation-link {"label":"Harbour page","type":"page","id":' . $parent . ',"kind":"post-type","url":"https://stale.example/"} /-->'
                . '<!-- wp:page-list /-->'
                . '<!-- /wp:navigation-submenu -->',
        ]);

        $navigation = $this->navigation();
        $this->assertSame($id, $navigation['id']);
        [$home, $pages] = $navigation['items'];
        $this->assertSame(['title' => 'Front', 'url' => home_url('/'), 'children' => []], $home);
        $this->assertSame('Pages', $pages['title']);
        // A link to a page follows its permalink, not the address saved in the block.
        $this->assertSame(get_permalink($parent), $pages['children'][0]['url']);
        $titles = array_column(array_slice($pages['children'], 1), 'title');
        $this->assertContains('Harbour', $titles);
        $this->assertNotContains('Secret', $titles);
        $harbour = array_values(array_filter(array_slice($pages['children'], 1), static function (array $item): bool {
            return $item['title'] === 'Harbour';
        }))[0];
        $this->assertSame([get_permalink($child)], array_column($harbour['children'], 'url'));
    }

    public function test_no_navigation_is_an_empty_one_and_saving_one_tells_the_frontends(): void
    {
        foreach (get_posts(['post_type' => 'wp_navigation', 'numberposts' => -1, 'post_status' => 'any']) as $post) {
            wp_delete_post($post->ID, true);
        }
        Plugin::get(Revalidation::class)->discard();
        $this->assertSame(['id' => 0, 'title' => '', 'items' => []], $this->navigation());
        wp_insert_post(['post_type' => 'wp_navigation', 'post_title' => 'Header', 'post_status' => 'publish', 'post_content' => '']);
        $this->assertContains('navigation', Plugin::get(Revalidation::class)->pending()['tags']);
    }
}
