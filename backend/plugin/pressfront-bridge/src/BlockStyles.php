<?php

namespace Pressfront\Bridge;

use WP_Style_Engine_CSS_Rules_Store;

defined('ABSPATH') || exit;

/**
 * The CSS WordPress generates for a post's blocks while it renders them — layout containers
 * (`wp-container-…`: gap, justification, widths), elements' link colours, and whatever else block
 * supports put in the style engine's `block-supports` store, and (6.6+) the styles of each block
 * style variation instance (`is-style-outline--1`: a theme.json's own Outline button). A PHP theme prints it in the page's
 * head; `content.rendered` carries only the class names. So each post and page read through REST
 * gets it beside its content, as `pressfront_block_css`: captured while that content renders
 * (content before the excerpt, and before the added fields, in WP_REST_Posts_Controller).
 */
final class BlockStyles
{
    public const FIELD = 'pressfront_block_css';
    private const STORE = 'block-supports';
    /** Where WordPress 6.6+ puts the CSS of a block's style variation instance (is-style-outline--1). */
    private const VARIATIONS_HANDLE = 'block-style-variation-styles';

    /** @var array<int, string> The CSS of the contents rendered in this request, by post ID. */
    private $css = [];
    /** @var int REST requests being answered (the bundle answers some inside another). */
    private $answering = 0;
    /** @var int Variation styles already added when the content began to render. */
    private $variations_before = 0;

    public function register(): void
    {
        add_action('rest_api_init', [$this, 'fields']);
        // Only while a REST request is answered: a PHP theme's page prints the store itself.
        add_filter('rest_request_before_callbacks', [$this, 'begin_answer'], 10, 1);
        add_filter('rest_request_after_callbacks', [$this, 'end_answer'], 10, 1);
        // do_blocks runs at 9: empty the store just before, read it once everything has run.
        add_filter('the_content', [$this, 'before_render'], 8);
        add_filter('the_content', [$this, 'after_render'], PHP_INT_MAX);
    }

    public function fields(): void
    {
        register_rest_field(['post', 'page'], self::FIELD, [
            'get_callback' => [$this, 'field'],
            'schema' => [
                'description' => __('The CSS WordPress generated for the blocks of the rendered content (layout, elements); empty unless the content was asked for.', 'pressfront-bridge'),
                'type' => 'string',
                'context' => ['view', 'edit'],
                'readonly' => true,
            ],
        ]);
    }

    public function begin_answer($response)
    {
        $this->answering++;
        return $response;
    }

    public function end_answer($response)
    {
        $this->answering = max(0, $this->answering - 1);
        return $response;
    }

    /** Only the post body a REST response renders; an excerpt made from the content is not one. */
    private function capturing(): bool
    {
        return $this->answering > 0 && !doing_filter('get_the_excerpt')
            && class_exists(WP_Style_Engine_CSS_Rules_Store::class);
    }

    public function before_render($content)
    {
        if ($this->capturing()) {
            $store = WP_Style_Engine_CSS_Rules_Store::get_store(self::STORE);
            foreach (array_keys($store->get_all_rules()) as $selector) {
                $store->remove_rule($selector);
            }
            $this->variations_before = count($this->variation_styles());
        }
        return $content;
    }

    /** @return string[] The block style variations' CSS added so far in this request. */
    private function variation_styles(): array
    {
        $data = wp_styles()->get_data(self::VARIATIONS_HANDLE, 'after');
        return is_array($data) ? array_values(array_filter($data, 'is_string')) : [];
    }

    public function after_render($content)
    {
        $id = get_the_ID();
        if ($id && $this->capturing()) {
            $this->css[(int) $id] = wp_style_engine_get_stylesheet_from_context(self::STORE, ['prettify' => false])
                . implode('', array_slice($this->variation_styles(), $this->variations_before));
        }
        return $content;
    }

    public function field(array $post): string
    {
        return $this->css[(int) $post['id']] ?? '';
    }
}
