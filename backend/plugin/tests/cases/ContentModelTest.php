<?php

namespace Pressfront\Bridge\Tests;

use Pressfront\Bridge\Plugin;
use Pressfront\Bridge\Revalidation;
use WP_REST_Request;

/** The post types and taxonomies a visitor can see, as the frontend routes them. */
final class ContentModelTest extends TestCase
{
    protected function setUp(): void
    {
        parent::setUp();
        register_post_type('recipe', [
            'label' => 'Recipes',
            'public' => true,
            'show_in_rest' => true,
            'rest_base' => 'recipes',
            'has_archive' => 'cookbook',
            'rewrite' => ['slug' => 'recipe'],
        ]);
        register_post_type('ledger', ['label' => 'Ledger', 'public' => false, 'show_in_rest' => true]);
        register_post_type('hidden-from-rest', ['label' => 'Hidden', 'public' => true, 'show_in_rest' => false]);
        register_taxonomy('cuisine', ['recipe'], [
            'label' => 'Cuisines',
            'public' => true,
            'show_in_rest' => true,
            'hierarchical' => true,
            'rewrite' => ['slug' => 'cuisine'],
        ]);
    }

    protected function tearDown(): void
    {
        unregister_taxonomy('cuisine');
        foreach (['recipe', 'ledger', 'hidden-from-rest'] as $type) {
            unregister_post_type($type);
        }
        parent::tearDown();
    }

    private function model(): array
    {
        $data = rest_do_request(new WP_REST_Request('GET', '/pressfront/v1/content-model'))->get_data();
        return [
            array_column($data['types'], null, 'name'),
            array_column($data['taxonomies'], null, 'name'),
        ];
    }

    public function test_lists_what_a_visitor_can_see_with_its_routes(): void
    {
        [$types, $taxonomies] = $this->model();
        $this->assertSame([
            'name' => 'recipe',
            'label' => 'Recipes',
            'singular_label' => 'Recipes',
            'builtin' => false,
            'rest_base' => 'recipes',
            'rest_namespace' => 'wp/v2',
            'hierarchical' => false,
            // /cookbook/ with pretty permalinks; the test site has none.
            'archive' => get_post_type_archive_link('recipe'),
            'permalink_base' => 'recipe',
            'searchable' => true,
            'taxonomies' => ['cuisine'],
        ], $types['recipe']);
        $this->assertTrue($types['post']['builtin']);
        $this->assertTrue($types['page']['hierarchical']);
        // Not viewable, or not in REST: not the frontend's to show.
        $this->assertArrayNotHasKey('ledger', $types);
        $this->assertArrayNotHasKey('hidden-from-rest', $types);
        $this->assertArrayNotHasKey('wp_block', $types);
        $this->assertSame(['recipe'], $taxonomies['cuisine']['types']);
        $this->assertTrue($taxonomies['cuisine']['hierarchical']);
        $this->assertSame('cuisine', $taxonomies['cuisine']['permalink_base']);
        $this->assertSame('tags', $taxonomies['post_tag']['rest_base']);
    }

    public function test_a_plugin_switched_on_or_off_tells_the_frontends(): void
    {
        do_action('activated_plugin', 'events/events.php', false);
        $this->assertContains('content-model', Plugin::get(Revalidation::class)->pending()['tags']);
    }
}
