<?php
// For scripts that write many posts at once (generate-posts.php, insert-posts.php): test and
// benchmark content, not news — no frontend is told of it and no subscriber is mailed, and term
// counts are settled once at the end rather than after every post.

function pressfront_write_quietly(): void
{
    remove_all_actions('transition_post_status');
    remove_all_actions('post_updated');
    remove_all_actions('save_post');
    wp_defer_term_counting(true);
}
