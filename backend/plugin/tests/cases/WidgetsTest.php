<?php

namespace Pressfront\Bridge\Tests;

use Pressfront\Bridge\Plugin;
use Pressfront\Bridge\Revalidation;
use Pressfront\Bridge\Widgets;
use WP_REST_Request;

/** The widget areas the Pressfront themes show, and their widgets' output. */
final class WidgetsTest extends TestCase
{
    /** @var mixed */
    private $saved;

    protected function setUp(): void
    {
        parent::setUp();
        $this->saved = get_option('sidebars_widgets');
        // Outside wp-admin WordPress keeps the areas' lists it read first for the rest of the request
        // (wp_get_sidebars_widgets); each test here is a request of its own.
        $GLOBALS['_wp_sidebars_widgets'] = [];
    }

    protected function tearDown(): void
    {
        update_option('sidebars_widgets', $this->saved);
        delete_option('widget_block');
        delete_option('widget_recent-posts');
        delete_option('widget_search');
        parent::tearDown();
    }

    private function areas(): array
    {
        $data = rest_do_request(new WP_REST_Request('GET', '/pressfront/v1/widgets'))->get_data();
        return array_column($data['areas'], null, 'id');
    }

    public function test_each_area_with_its_widgets_rendered_as_a_theme_prints_them(): void
    {
        wp_insert_post(['post_title' => 'Tide turns early', 'post_status' => 'publish']);
        update_option('widget_block', [2 => ['content' => '<!-- wp:paragraph --><p>Harbour hours</p><!-- /wp:paragraph -->'], '_multiwidget' => 1]);
        update_option('widget_recent-posts', [3 => ['title' => 'Latest', 'number' => 2], '_multiwidget' => 1]);
        $widgets = (array) get_option('sidebars_widgets');
        $widgets[Widgets::SIDEBAR] = ['block-2', 'recent-posts-3'];
        $widgets[Widgets::FOOTER] = [];
        update_option('sidebars_widgets', $widgets);
        // WordPress registers a legacy widget's instances from its settings at widgets_init: again,
        // now that this one has some.
        $GLOBALS['wp_widget_factory']->widgets['WP_Widget_Recent_Posts']->_register();

        $areas = $this->areas();
        $sidebar = $areas[Widgets::SIDEBAR];
        $this->assertSame('sidebar', $sidebar['role']);
        // A block widget and a legacy one, each in the area's own wrapper.
        $this->assertStringContainsString('<p>Harbour hours</p>', $sidebar['html']);
        $this->assertStringContainsString('<h2 class="widget-title">Latest</h2>', $sidebar['html']);
        $this->assertStringContainsString('Tide turns early', $sidebar['html']);
        $this->assertSame(2, substr_count($sidebar['html'], '<section id="'));
        // An empty area is there, with nothing in it.
        $this->assertSame(['id' => Widgets::FOOTER, 'name' => 'Pressfront: footer', 'role' => 'footer', 'html' => '', 'widgets' => []], $areas[Widgets::FOOTER]);
        // Widget by widget too, in the area's order, each with its own output.
        $this->assertSame(['block-2', 'recent-posts-3'], array_column($sidebar['widgets'], 'id'));
        $this->assertSame(['html', 'html'], array_column($sidebar['widgets'], 'kind'));
        $this->assertStringContainsString('Harbour hours', $sidebar['widgets'][0]['html']);
        $this->assertStringNotContainsString('Harbour hours', $sidebar['widgets'][1]['html']);
        $this->assertStringContainsString('Tide turns early', $sidebar['widgets'][1]['html']);
    }

    public function test_search_widgets_are_marked_for_the_themes_own_search_form(): void
    {
        update_option('widget_search', [2 => ['title' => 'Find a story'], '_multiwidget' => 1]);
        update_option('widget_block', [
            3 => ['content' => '<!-- wp:search {"label":"Look up","buttonText":"Go"} /-->'],
            4 => ['content' => '<!-- wp:search {"label":"Hidden","showLabel":false} /-->'],
            5 => ['content' => '<!-- wp:search /--><!-- wp:paragraph --><p>And more</p><!-- /wp:paragraph -->'],
            '_multiwidget' => 1,
        ]);
        $widgets = (array) get_option('sidebars_widgets');
        $widgets[Widgets::FOOTER] = ['search-2', 'block-3', 'block-4', 'block-5'];
        update_option('sidebars_widgets', $widgets);
        foreach (['WP_Widget_Search', 'WP_Widget_Block'] as $class) {
            $GLOBALS['wp_widget_factory']->widgets[$class]->_register();
        }

        $footer = $this->areas()[Widgets::FOOTER]['widgets'];
        $this->assertSame(['search', 'search', 'search', 'html'], array_column($footer, 'kind'));
        $this->assertSame(['Find a story', 'Look up', '', ''], array_column($footer, 'title'));
        // A block widget with more than a search in it is shown as it is.
        $this->assertStringContainsString('And more', $footer[3]['html']);
    }

    public function test_saving_widgets_tells_the_frontends(): void
    {
        update_option('widget_block', [4 => ['content' => '<p>Closed on Sundays</p>'], '_multiwidget' => 1]);
        $this->assertContains('widgets', Plugin::get(Revalidation::class)->pending()['tags']);
    }
}
