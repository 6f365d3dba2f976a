<?php
/**
 * Plugin Name: Pressfront local: events
 * Description: A content model of the kind plugins register, for the embedded local WordPress and its tests: an `event` post type with an archive and an `event-venue` taxonomy, and a type visitors cannot see. Pressfront's code names none of them: it finds them (the Bridge's /pressfront/v1/content-model). Not for production.
 */

add_action('init', static function (): void {
    register_post_type('event', [
        'label' => 'Events',
        'labels' => ['singular_name' => 'Event'],
        'public' => true,
        'show_in_rest' => true,
        'rest_base' => 'events',
        'has_archive' => 'events',
        'rewrite' => ['slug' => 'events', 'with_front' => false],
        'supports' => ['title', 'editor', 'excerpt', 'thumbnail', 'custom-fields'],
        'menu_icon' => 'dashicons-calendar-alt',
    ]);
    register_taxonomy('event-venue', ['event'], [
        'label' => 'Venues',
        'labels' => ['singular_name' => 'Venue'],
        'public' => true,
        'show_in_rest' => true,
        'rest_base' => 'event-venues',
        'hierarchical' => false,
        'rewrite' => ['slug' => 'venue', 'with_front' => false],
    ]);
    // A custom field in REST, as event plugins keep a start time: the frontend carries it to the
    // themes, which show it only if they ask for it by name.
    register_post_meta('event', 'event_starts', [
        'type' => 'string',
        'single' => true,
        'show_in_rest' => true,
    ]);
    // In REST for the editor, never shown to visitors: its items must stay 404s on the frontend.
    register_post_type('internal-memo', [
        'label' => 'Internal memos',
        'public' => false,
        'show_ui' => true,
        'show_in_rest' => true,
    ]);
});

// Rewrite rules for the types above, whenever WordPress's lack them (a flush made while they were
// not registered, e.g. from the command line at install): when every plugin has registered its
// types (wp_loaded), and only with a permalink structure to build them on.
add_action('wp_loaded', static function (): void {
    $rules = get_option('rewrite_rules');
    if (wp_installing() || !get_option('permalink_structure') || !is_array($rules) || isset($rules['events/?$'])) {
        return;
    }
    flush_rewrite_rules(false);
});
