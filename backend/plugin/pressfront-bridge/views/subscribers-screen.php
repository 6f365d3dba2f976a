<?php
/**
 * wp-admin → Subscribers (Subscribers\AdminScreen::render).
 *
 * @var array $view search, status, paged, pages, rows, counts (by status, '' for all), base, export.
 */

use Pressfront\Bridge\Subscribers\AdminScreen;

defined('ABSPATH') || exit;

$labels = [
    '' => __('All', 'pressfront-bridge'),
    'confirmed' => __('Confirmed', 'pressfront-bridge'),
    'pending' => __('Pending', 'pressfront-bridge'),
    'unsubscribed' => __('Unsubscribed', 'pressfront-bridge'),
];
$last = array_key_last($labels);
?>
<div class="wrap">
  <h1 class="wp-heading-inline"><?php esc_html_e('Subscribers', 'pressfront-bridge'); ?></h1>
  <a class="page-title-action" href="<?php echo esc_url($view['export']); ?>"><?php esc_html_e('Export CSV', 'pressfront-bridge'); ?></a>
  <hr class="wp-header-end">
  <ul class="subsubsub">
    <?php foreach ($labels as $key => $label) : ?>
      <li><a href="<?php echo esc_url($key ? add_query_arg('status', $key, $view['base']) : $view['base']); ?>"<?php echo $view['status'] === $key ? ' class="current" aria-current="page"' : ''; ?>><?php echo esc_html($label); ?> <span class="count">(<span data-count="<?php echo esc_attr($key ?: 'all'); ?>"><?php echo esc_html((string) $view['counts'][$key]); ?></span>)</span></a><?php echo $key === $last ? '' : ' |'; ?></li>
    <?php endforeach; ?>
  </ul>
  <form method="get" class="search-form">
    <input type="hidden" name="page" value="<?php echo esc_attr(AdminScreen::PAGE); ?>">
    <?php if ($view['status']) : ?>
      <input type="hidden" name="status" value="<?php echo esc_attr($view['status']); ?>">
    <?php endif; ?>
    <p class="search-box">
      <label class="screen-reader-text" for="subscriber-search"><?php esc_html_e('Search subscribers', 'pressfront-bridge'); ?></label>
      <input type="search" id="subscriber-search" name="s" value="<?php echo esc_attr($view['search']); ?>">
      <input type="submit" class="button" value="<?php esc_attr_e('Search subscribers', 'pressfront-bridge'); ?>">
    </p>
  </form>
  <table class="widefat striped" id="pressfront-subscribers">
    <thead><tr>
      <th scope="col"><?php esc_html_e('Email', 'pressfront-bridge'); ?></th>
      <th scope="col"><?php esc_html_e('Status', 'pressfront-bridge'); ?></th>
      <th scope="col"><?php esc_html_e('Signed up (UTC)', 'pressfront-bridge'); ?></th>
      <th scope="col"><?php esc_html_e('Confirmed (UTC)', 'pressfront-bridge'); ?></th>
      <th scope="col"><?php esc_html_e('From post', 'pressfront-bridge'); ?></th>
    </tr></thead>
    <tbody>
    <?php if (!$view['rows']) : ?>
      <tr><td colspan="5"><?php esc_html_e('No subscribers found.', 'pressfront-bridge'); ?></td></tr>
    <?php endif; ?>
    <?php foreach ($view['rows'] as $row) : ?>
      <tr>
        <td><?php echo esc_html($row['email']); ?></td>
        <td><?php echo esc_html($row['status']); ?></td>
        <td><?php echo esc_html($row['created_at']); ?></td>
        <td><?php echo esc_html((string) $row['confirmed_at']); ?></td>
        <td>
          <?php if ($row['source_post']) : ?>
            <a href="<?php echo esc_url(get_edit_post_link((int) $row['source_post']) ?: '#'); ?>"><?php echo esc_html(get_the_title((int) $row['source_post'])); ?></a>
          <?php else : ?>
            —
          <?php endif; ?>
        </td>
      </tr>
    <?php endforeach; ?>
    </tbody>
  </table>
  <?php if ($view['pages'] > 1) : ?>
    <div class="tablenav"><div class="tablenav-pages">
      <?php echo wp_kses_post((string) paginate_links(['base' => add_query_arg('paged', '%#%'), 'format' => '', 'current' => $view['paged'], 'total' => $view['pages']])); ?>
    </div></div>
  <?php endif; ?>
</div>
