<?php

namespace Pressfront\Bridge\Tests;

use Pressfront\Bridge\Plugin;
use Pressfront\Bridge\Revalidation;
use WP_REST_Request;

/** The site's design as WordPress resolves it, and the CSS WordPress generates for a post's blocks. */
final class DesignTest extends TestCase
{
    public function test_the_design_is_what_wordpress_resolved(): void
    {
        $answer = rest_do_request(new WP_REST_Request('GET', '/pressfront/v1/design'));
        $this->assertSame(200, $answer->get_status());
        $design = $answer->get_data();
        $this->assertSame(get_stylesheet(), $design['theme']['stylesheet']);
        $this->assertSame(get_bloginfo('version'), $design['wordpress']);
        // Core's palette at least, as wp_get_global_settings() merges it.
        $palette = wp_get_global_settings(['color', 'palette']);
        $this->assertEquals((object) wp_get_global_settings(), $design['settings']);
        $this->assertNotEmpty($palette['default']);
        $this->assertStringContainsString('--wp--preset--color--vivid-red', $design['css']['variables']);
        $this->assertStringContainsString('.has-vivid-red-color', $design['css']['presets']);
        $this->assertIsArray($design['fontFaces']);
    }

    public function test_saving_styles_and_switching_the_php_theme_tell_the_frontends(): void
    {
        wp_insert_post([
            'post_type' => 'wp_global_styles',
            'post_status' => 'publish',
            'post_title' => 'Custom Styles',
            'post_name' => 'wp-global-styles-' . get_stylesheet(),
            'post_content' => '{"version": 2, "isGlobalStylesUserThemeData": true}',
        ]);
        $this->assertContains('design', Plugin::get(Revalidation::class)->pending()['tags']);

        Plugin::get(Revalidation::class)->discard();
        do_action('switch_theme', 'Twenty Twenty-Three', wp_get_theme(), wp_get_theme());
        $this->assertContains('design', Plugin::get(Revalidation::class)->pending()['tags']);
    }

    public function test_a_post_read_through_rest_carries_the_css_of_its_blocks(): void
    {
        $row = '<!-- wp:group {"layout":{"type":"flex","flexWrap":"nowrap"}} --><div class="wp-block-group">'
            . '<!-- wp:paragraph --><p>Low water</p><!-- /wp:paragraph --></div><!-- /wp:group -->';
        $buttons = '<!-- wp:buttons {"style":{"spacing":{"blockGap":"3rem"}}} --><div class="wp-block-buttons">'
            . '<!-- wp:button --><div class="wp-block-button"><a class="wp-block-button__link">Go</a></div>'
            . '<!-- /wp:button --></div><!-- /wp:buttons -->';
        $first = wp_insert_post(['post_title' => 'Row', 'post_status' => 'publish', 'post_content' => $row]);
        $second = wp_insert_post(['post_title' => 'Buttons', 'post_status' => 'publish', 'post_content' => $buttons]);

        $request = new WP_REST_Request('GET', '/wp/v2/posts');
        $request->set_param('include', [$first, $second]);
        $request->set_param('_fields', 'id,content,pressfront_block_css');
        $css = [];
        foreach (rest_do_request($request)->get_data() as $post) {
            $css[$post['id']] = $post['pressfront_block_css'];
            // The rules name the containers this post's own content carries.
            preg_match('/wp-container-[\w-]+/', $post['content']['rendered'], $container);
            $this->assertNotEmpty($container);
            $this->assertStringContainsString($container[0], $post['pressfront_block_css']);
        }
        $this->assertStringContainsString('flex-wrap:nowrap', $css[$first]);
        $this->assertStringNotContainsString('gap:3rem', $css[$first]);
        $this->assertStringContainsString('gap:3rem', $css[$second]);
        $this->assertStringNotContainsString('nowrap', $css[$second]);
    }

    public function test_a_post_read_through_rest_carries_its_duotone_filters(): void
    {
        if (!class_exists('WP_Duotone')) {
            $this->markTestSkipped('WordPress before 6.3 prints its duotone filters itself');
        }
        $image = static function (string $duotone): string {
            return '<!-- wp:image {"style":{"color":{"duotone":' . $duotone . '}}} --><figure class="wp-block-image">'
                . '<img src="http://example.test/a.jpg" alt=""/></figure><!-- /wp:image -->';
        };
        $post = wp_insert_post([
            'post_title' => 'Duotone',
            'post_status' => 'publish',
            'post_content' => $image('"var:preset|duotone|dark-grayscale"') . $image('["#000000","#7bdcb5"]'),
        ]);
        $request = new WP_REST_Request('GET', '/wp/v2/posts/' . $post);
        $request->set_param('_fields', 'id,content,pressfront_block_css,pressfront_duotone_filters');
        $data = rest_do_request($request)->get_data();

        $filters = array_column($data['pressfront_duotone_filters'], 'colors', 'id');
        $this->assertSame(['#000000', '#7f7f7f'], $filters['wp-duotone-dark-grayscale'] ?? null);
        $custom = preg_grep('/^wp-duotone-000000-7bdcb5-/', array_keys($filters));
        $this->assertCount(1, $custom);
        $this->assertSame(['#000000', '#7bdcb5'], $filters[reset($custom)]);
        // Each filter is named by the content's classes and used by the rules beside it.
        foreach (array_keys($filters) as $id) {
            $this->assertStringContainsString($id, $data['content']['rendered']);
            $this->assertStringContainsString('.' . $id, $data['pressfront_block_css']);
        }
        $this->assertStringContainsString('filter:url(#' . reset($custom) . ')', $data['pressfront_block_css']);
        // A preset's rule names its filter, not a custom property the frontend would not have.
        $this->assertStringContainsString('filter:url(#wp-duotone-dark-grayscale)', $data['pressfront_block_css']);
    }

    public function test_a_php_theme_page_keeps_the_css_wordpress_prints_itself(): void
    {
        $post = wp_insert_post([
            'post_title' => 'Row',
            'post_status' => 'publish',
            'post_content' => '<!-- wp:group {"layout":{"type":"flex","flexWrap":"nowrap"}} --><div class="wp-block-group"></div><!-- /wp:group -->',
        ]);
        apply_filters('the_content', get_post($post)->post_content);
        $this->assertStringContainsString('flex-wrap:nowrap', wp_style_engine_get_stylesheet_from_context('block-supports', ['prettify' => false]));
    }
}
