<?php

namespace Pressfront\Bridge;

defined('ABSPATH') || exit;

/**
 * Facts about a post the REST API's public view leaves out and a reader's page needs. Whether the
 * author wrote the excerpt: WordPress otherwise makes one from the post's first words, which the
 * frontend must not show above those same words.
 */
final class RestFields
{
    public function register(): void
    {
        add_action('rest_api_init', [$this, 'fields']);
    }

    public function fields(): void
    {
        register_rest_field('post', 'pressfront_excerpt_manual', [
            'get_callback' => [$this, 'excerpt_is_manual'],
            'schema' => [
                'description' => __('Whether the excerpt was written by the author rather than made from the post’s first words.', 'pressfront-bridge'),
                'type' => 'boolean',
                'context' => ['view', 'edit'],
                'readonly' => true,
            ],
        ]);
    }

    public function excerpt_is_manual(array $post): bool
    {
        return has_excerpt((int) $post['id']);
    }
}
