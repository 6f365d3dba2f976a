<?php

namespace Pressfront\Bridge\Tests;

use Pressfront\Bridge\ChangeLog;
use Pressfront\Bridge\Delivery;
use Pressfront\Bridge\Plugin;
use Pressfront\Bridge\Revalidation;
use Pressfront\Bridge\Settings;

/** WordPress's events → the frontend's cache tags, collected and sent once per request. */
final class ChangeEventsTest extends TestCase
{
    private function pending(): array
    {
        return Plugin::get(Revalidation::class)->pending();
    }

    private function publish(array $post = []): int
    {
        $category = wp_insert_term('Harbour ' . wp_generate_password(6, false), 'category');
        return wp_insert_post($post + [
            'post_title' => 'Tide pact',
            'post_name' => 'tide-pact',
            'post_status' => 'publish',
            'post_author' => 1,
            'post_category' => [$category['term_id']],
        ]);
    }

    public function test_a_published_post_names_itself_its_listings_author_and_terms(): void
    {
        $id = $this->publish();
        $tags = $this->pending()['tags'];
        foreach (['posts', "post:$id", "comments:$id", 'media', 'post-slug:tide-pact', 'author:1'] as $tag) {
            $this->assertContains($tag, $tags);
        }
        $terms = array_filter($tags, static function (string $tag): bool {
            return strpos($tag, 'term:') === 0;
        });
        $this->assertNotEmpty($terms);
        $this->assertStringContainsString('post.publish', $this->pending()['event']);
    }

    public function test_a_draft_readers_never_saw_changes_nothing(): void
    {
        wp_insert_post(['post_title' => 'Not yet', 'post_status' => 'draft']);
        $this->assertSame([], $this->pending()['tags']);
    }

    public function test_an_item_of_a_plugins_type_names_its_type_and_its_terms_but_a_hidden_type_nothing(): void
    {
        register_post_type('recipe', ['public' => true, 'show_in_rest' => true]);
        register_taxonomy('cuisine', ['recipe'], ['public' => true, 'show_in_rest' => true]);
        register_post_type('ledger', ['public' => false, 'show_in_rest' => true]);
        try {
            $id = wp_insert_post(['post_type' => 'recipe', 'post_title' => 'Fish stew', 'post_name' => 'fish-stew',
                'post_status' => 'publish', 'post_author' => 1]);
            $term = wp_insert_term('Coastal', 'cuisine');
            Plugin::get(Revalidation::class)->discard();
            wp_set_object_terms($id, [$term['term_id']], 'cuisine');
            wp_update_post(['ID' => $id, 'post_title' => 'Fish stew, revised']);
            $tags = $this->pending()['tags'];
            foreach (['type:recipe', "post:$id", 'post-slug:fish-stew', 'term:' . $term['term_id']] as $tag) {
                $this->assertContains($tag, $tags);
            }
            $this->assertNotContains('posts', $tags, 'a recipe is not in the blog’s listings');
            $this->assertStringContainsString('recipe.publish', $this->pending()['event']);

            Plugin::get(Revalidation::class)->discard();
            wp_insert_post(['post_type' => 'ledger', 'post_title' => 'Q3', 'post_status' => 'publish']);
            $this->assertSame([], $this->pending()['tags']);
        } finally {
            unregister_taxonomy('cuisine');
            unregister_post_type('recipe');
            unregister_post_type('ledger');
        }
    }

    public function test_a_renamed_post_takes_its_old_slug_with_it(): void
    {
        $id = $this->publish();
        Plugin::get(Revalidation::class)->discard();
        wp_update_post(['ID' => $id, 'post_name' => 'tidal-power-pact']);
        $tags = $this->pending()['tags'];
        $this->assertContains('post-slug:tide-pact', $tags);
        $this->assertContains('post-slug:tidal-power-pact', $tags);
    }

    public function test_terms_authors_menus_settings_and_comments(): void
    {
        $term = wp_insert_term('Rivers', 'category');
        $this->assertSame(['terms', 'term:' . $term['term_id'], 'posts'], $this->pending()['tags']);

        Plugin::get(Revalidation::class)->discard();
        update_option('blogname', 'The Harbour Daily ' . wp_generate_password(4, false));
        $this->assertSame(['site', 'posts', 'pages'], $this->pending()['tags']);

        $menu = wp_update_nav_menu_object(0, ['menu-name' => 'Sections ' . wp_generate_password(4, false)]);
        Plugin::get(Revalidation::class)->discard();
        wp_update_nav_menu_item($menu, 0, ['menu-item-title' => 'Rivers', 'menu-item-url' => '/rivers/', 'menu-item-status' => 'publish']);
        $this->assertContains('menu:primary', $this->pending()['tags']);
        $this->assertContains('menu:footer', $this->pending()['tags']);

        $post = $this->publish();
        Plugin::get(Revalidation::class)->discard();
        $comment = wp_insert_comment(['comment_post_ID' => $post, 'comment_content' => 'Hello', 'comment_approved' => 0]);
        wp_set_comment_status($comment, 'approve');
        $this->assertSame(["comments:$post"], $this->pending()['tags']);
    }

    public function test_the_end_of_the_request_logs_the_batch_and_sends_it_with_its_number(): void
    {
        update_option(Settings::FRONTENDS, '');
        $id = $this->publish();
        $message = Plugin::get(Revalidation::class)->flush();
        $this->assertIsInt($message['seq']);
        $this->assertContains("post:$id", $message['tags']);
        $logged = Plugin::get(ChangeLog::class)->since($message['seq'] - 1);
        $this->assertSame($message['tags'], $logged['changes'][0]['tags']);
        $this->assertSame([], $this->pending()['tags']);
        $this->assertNull(Plugin::get(Revalidation::class)->flush(), 'nothing left to send');
        $this->assertSame([], Plugin::get(Delivery::class)->recent(), 'no frontend, no delivery');
    }
}
