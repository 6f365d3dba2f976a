<?php

namespace Pressfront\Bridge;

use ReflectionProperty;
use WP_Duotone;
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
 *
 * Duotone (6.3+) keeps its part apart until the page's footer: the filter rules of the blocks
 * (`.wp-duotone-….wp-block-image img { filter: … }`) and the colours of each SVG filter they name,
 * in WP_Duotone's private lists. They are read from there — the one way to get what WordPress
 * itself resolved for them — and given as the rules above and `pressfront_duotone_filters`
 * ({id, colors}), from which the frontend draws the SVG filters. WordPress 6.1 prints its own.
 */
final class BlockStyles
{
    public const FIELD = 'pressfront_block_css';
    public const DUOTONE_FIELD = 'pressfront_duotone_filters';
    private const STORE = 'block-supports';
    /** Where WordPress 6.6+ puts the CSS of a block's style variation instance (is-style-outline--1). */
    private const VARIATIONS_HANDLE = 'block-style-variation-styles';

    /** @var array<int, string> The CSS of the contents rendered in this request, by post ID. */
    private $css = [];
    /** @var int REST requests being answered (the bundle answers some inside another). */
    private $answering = 0;
    /** @var int Variation styles already added when the content began to render. */
    private $variations_before = 0;
    /** @var array<int, array<int, array{id: string, colors: string[]}>> Duotone filters, by post ID. */
    private $duotone = [];
    /** @var int Duotone rules already queued when the content began to render. */
    private $duotone_before = 0;

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
        register_rest_field(['post', 'page'], self::DUOTONE_FIELD, [
            'get_callback' => [$this, 'duotone_field'],
            'schema' => [
                'description' => __('The duotone filters the rendered content names: each filter’s id and its colours.', 'pressfront-bridge'),
                'type' => 'array',
                'items' => [
                    'type' => 'object',
                    'properties' => [
                        'id' => ['type' => 'string'],
                        'colors' => ['type' => 'array', 'items' => ['type' => 'string']],
                    ],
                ],
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
            $this->duotone_before = count(self::duotone_list('block_css_declarations'));
        }
        return $content;
    }

    /**
     * One of WP_Duotone's private lists of what the page uses (6.3+); empty where there is none.
     *
     * @return array<int|string, mixed>
     */
    private static function duotone_list(string $name): array
    {
        if (!class_exists(WP_Duotone::class) || !property_exists(WP_Duotone::class, $name)) {
            return [];
        }
        $property = new ReflectionProperty(WP_Duotone::class, $name);
        $property->setAccessible(true);
        $value = $property->getValue();
        return is_array($value) ? $value : [];
    }

    /**
     * The duotone rules queued while this content rendered, and the filters its classes name.
     *
     * @return array{0: string, 1: array<int, array{id: string, colors: string[]}>}
     */
    private function duotone_of(string $content): array
    {
        $rules = array_slice(self::duotone_list('block_css_declarations'), $this->duotone_before);
        // A preset's rule names its custom property, which WordPress defines in the page only for
        // the presets it used (WP_Duotone::output_global_styles): the filter it stands for, instead.
        foreach ($rules as &$rule) {
            $filter = $rule['declarations']['filter'] ?? null;
            if (is_string($filter) && preg_match('/^var\(--wp--preset--duotone--([a-z0-9-]+)\)$/', $filter, $preset)) {
                $rule['declarations']['filter'] = 'url(#wp-duotone-' . $preset[1] . ')';
            }
        }
        unset($rule);
        $css = $rules ? wp_style_engine_get_stylesheet_from_css_rules($rules, ['prettify' => false]) : '';
        $filters = [];
        $data = self::duotone_list('used_svg_filter_data');
        preg_match_all('/\bwp-duotone-[a-z0-9-]+/', $content, $named);
        foreach (array_unique($named[0]) as $id) {
            $colors = $data[$id]['colors'] ?? null;
            if (is_array($colors)) {
                $filters[] = ['id' => $id, 'colors' => array_values(array_filter($colors, 'is_string'))];
            }
        }
        return [$css, $filters];
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
            [$duotone_css, $this->duotone[(int) $id]] = $this->duotone_of((string) $content);
            $this->css[(int) $id] = wp_style_engine_get_stylesheet_from_context(self::STORE, ['prettify' => false])
                . implode('', array_slice($this->variation_styles(), $this->variations_before))
                . $duotone_css;
        }
        return $content;
    }

    public function field(array $post): string
    {
        return $this->css[(int) $post['id']] ?? '';
    }

    /** @return array<int, array{id: string, colors: string[]}> */
    public function duotone_field(array $post): array
    {
        return $this->duotone[(int) $post['id']] ?? [];
    }
}
