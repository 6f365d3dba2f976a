<?php
// Setting the permalink structure from the command line. WordPress registered its taxonomies and
// post types at `init`, before the new structure was set; with no structure then, they added no
// rewrite rules of their own (WP_Taxonomy::add_rewrite_rules only does with one). A flush now
// would write rules without category and tag archives, and WordPress's own theme would 404 them.
// So: the structure through $wp_rewrite, each taxonomy's and post type's rules added again, then
// the flush. A plugin's post type registered with no structure did not complete its rewrite
// settings (WP_Post_Type::set_props): its rules are left to its own flush on the next request
// (backend/mu-plugins/pressfront-events.php), not added here half-made.
function pressfront_set_permalink_structure(string $structure): void
{
    $GLOBALS['wp_rewrite']->set_permalink_structure($structure);
    foreach (get_taxonomies([], 'objects') as $taxonomy) {
        $taxonomy->add_rewrite_rules();
    }
    foreach (get_post_types([], 'objects') as $type) {
        if (!is_array($type->rewrite) || !isset($type->rewrite['feeds'], $type->rewrite['pages'])) {
            continue;
        }
        $type->add_rewrite_rules();
    }
    flush_rewrite_rules(false);
}
