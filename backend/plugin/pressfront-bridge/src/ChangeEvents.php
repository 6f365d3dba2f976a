<?php

namespace Pressfront\Bridge;

use WP_Post;

defined('ABSPATH') || exit;

/**
 * What changed, as cache tags: every change to published content, terms, authors, menus and the
 * site's settings becomes the tags of what it touches, queued for the end of the request.
 */
final class ChangeEvents
{
    /** Options every page shows (the site's name, language, front page…). */
    private const SITE_OPTIONS = ['blogname', 'blogdescription', 'timezone_string', 'gmt_offset', 'site_icon', 'WPLANG',
        'show_on_front', 'page_on_front', 'page_for_posts', 'date_format'];
    private const PERMALINK_OPTIONS = ['permalink_structure', 'category_base', 'tag_base'];

    /** @var Revalidation */
    private $revalidation;

    public function __construct(Revalidation $revalidation)
    {
        $this->revalidation = $revalidation;
    }

    public function register(): void
    {
        add_action('transition_post_status', [$this, 'on_post_status'], 10, 3);
        add_action('post_updated', [$this, 'on_post_updated'], 10, 3);
        foreach (['created_term', 'edited_term', 'delete_term'] as $hook) {
            add_action($hook, [$this, 'on_term_changed']);
        }
        add_action('profile_update', [$this, 'on_profile_update']);
        foreach (['wp_update_nav_menu', 'wp_add_nav_menu_item', 'wp_update_nav_menu_item'] as $hook) {
            add_action($hook, [$this, 'on_menu_changed']);
        }
        add_action('updated_option', [$this, 'on_option_changed']);
        // An option set for the first time is added, not updated (a site's first language: WPLANG).
        add_action('added_option', [$this, 'on_option_changed']);
        add_action('wp_set_comment_status', [$this, 'on_comment_status']);
        add_action('comment_post', [$this, 'on_comment_post'], 10, 2);
    }

    /**
     * Tags for a post or page, its listings, its author and its terms. An item of a type a plugin
     * registered is a post to the frontend, listed under its type's tag (`type:event`).
     */
    public static function post_tags(WP_Post $post): array
    {
        $kind = $post->post_type === 'page' ? 'page' : 'post';
        $listing = in_array($post->post_type, ['post', 'page'], true) ? $kind . 's' : 'type:' . $post->post_type;
        $tags = [$listing, $kind . ':' . $post->ID, 'comments:' . $post->ID, 'media'];
        if ($post->post_name !== '') {
            $tags[] = $kind . '-slug:' . $post->post_name;
        }
        if ($kind === 'post') {
            $tags[] = 'author:' . (int) $post->post_author;
            $terms = wp_get_post_terms($post->ID, get_object_taxonomies($post->post_type), ['fields' => 'ids']);
            foreach (is_array($terms) ? $terms : [] as $term_id) {
                $tags[] = 'term:' . (int) $term_id;
            }
        }
        return $tags;
    }

    /** Whether readers see this type's items on the frontend: posts, pages, and any viewable type in REST. */
    private static function is_routed_type(string $post_type): bool
    {
        if (in_array($post_type, ['post', 'page'], true)) {
            return true;
        }
        $type = get_post_type_object($post_type);
        return $type !== null && $type->show_in_rest && is_post_type_viewable($type)
            && preg_match('/^[a-z0-9_-]{1,32}$/', $post_type) === 1;
    }

    /** @param WP_Post $post */
    public function on_post_status($new_status, $old_status, $post): void
    {
        if (!self::is_routed_type($post->post_type)) {
            return;
        }
        // Only what readers could see before or can see now matters to the frontend.
        if ($new_status !== 'publish' && $old_status !== 'publish') {
            return;
        }
        $this->revalidation->queue(self::post_tags($post), $post->post_type . '.' . $new_status);
    }

    /** A renamed post: pages cached under its old slug must go too. */
    public function on_post_updated($post_id, $after, $before): void
    {
        $renamed = $before->post_status === 'publish' && $before->post_name !== $after->post_name
            && $before->post_name !== '';
        if ($renamed && self::is_routed_type($before->post_type)) {
            $kind = $before->post_type === 'page' ? 'page' : 'post';
            $this->revalidation->queue([$kind . '-slug:' . $before->post_name], $kind . '.renamed');
        }
    }

    public function on_term_changed($term_id): void
    {
        $this->revalidation->queue(['terms', 'term:' . (int) $term_id, 'posts'], 'term.changed');
    }

    public function on_profile_update($user_id): void
    {
        $this->revalidation->queue(['authors', 'author:' . (int) $user_id, 'posts'], 'author.updated');
    }

    public function on_menu_changed(): void
    {
        $tags = [];
        foreach (array_keys(get_registered_nav_menus()) as $location) {
            if (preg_match('/^[a-z0-9_-]{1,64}$/', $location)) {
                $tags[] = 'menu:' . $location;
            }
        }
        $this->revalidation->queue($tags, 'menu.updated');
    }

    public function on_option_changed($option): void
    {
        if (in_array($option, self::SITE_OPTIONS, true)) {
            $this->revalidation->queue(['site', 'posts', 'pages'], 'site.updated');
        }
        if (in_array($option, self::PERMALINK_OPTIONS, true)) {
            $this->revalidation->queue(['site', 'posts', 'pages', 'terms', 'authors', 'media'], 'permalinks.updated');
        }
        if ($option === 'theme_mods_' . get_stylesheet() || $option === 'nav_menu_locations') {
            $this->on_menu_changed();
        }
        if ($option === 'theme_mods_' . get_stylesheet()) {
            // The classic Custom Logo lives among the PHP theme's mods.
            $this->revalidation->queue(['site'], 'site.updated');
        }
    }

    public function on_comment_status($comment_id): void
    {
        $comment = get_comment($comment_id);
        if ($comment) {
            $this->revalidation->queue(['comments:' . (int) $comment->comment_post_ID], 'comment.status');
        }
    }

    public function on_comment_post($comment_id, $approved): void
    {
        if ($approved === 1) {
            $comment = get_comment($comment_id);
            if ($comment) {
                $this->revalidation->queue(['comments:' . (int) $comment->comment_post_ID], 'comment.approved');
            }
        }
    }
}
