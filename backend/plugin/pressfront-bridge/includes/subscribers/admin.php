<?php
// wp-admin → Subscribers: counts by status, search, a status filter, pages of 50 and a CSV export
// of what is shown.

defined('ABSPATH') || exit;

const PRESSFRONT_SUBSCRIBERS_PER_PAGE = 50;

function pressfront_subscribers_admin_menu(): void
{
    add_menu_page(
        __('Subscribers', 'pressfront-bridge'),
        __('Subscribers', 'pressfront-bridge'),
        'manage_options',
        'pressfront-subscribers',
        'pressfront_subscribers_admin_page',
        'dashicons-email-alt',
        71
    );
}
add_action('admin_menu', 'pressfront_subscribers_admin_menu');

function pressfront_subscribers_csv(): void
{
    if (!current_user_can('manage_options')) {
        wp_die(esc_html__('You may not export subscribers.', 'pressfront-bridge'), 403);
    }
    check_admin_referer('pressfront_subscribers_csv');
    $search = sanitize_text_field(wp_unslash($_GET['s'] ?? ''));
    $status = sanitize_key($_GET['status'] ?? '');
    nocache_headers();
    header('Content-Type: text/csv; charset=utf-8');
    header('Content-Disposition: attachment; filename="subscribers-' . gmdate('Y-m-d') . '.csv"');
    $out = fopen('php://output', 'w');
    fputcsv($out, ['email', 'status', 'created_at', 'confirmed_at', 'unsubscribed_at', 'source_post', 'consent_text']);
    foreach (pressfront_subscribers_query($search, $status, 0, 0) as $row) {
        // A leading = + - @ would make a spreadsheet run the cell as a formula.
        $cells = array_map(function ($value) {
            $value = (string) $value;
            return preg_match('/^[=+\-@\t\r]/', $value) ? "'" . $value : $value;
        }, [$row['email'], $row['status'], $row['created_at'], $row['confirmed_at'], $row['unsubscribed_at'], $row['source_post'], $row['consent_text']]);
        fputcsv($out, $cells);
    }
    fclose($out);
    exit;
}
add_action('admin_post_pressfront_subscribers_csv', 'pressfront_subscribers_csv');

function pressfront_subscribers_admin_page(): void
{
    if (!current_user_can('manage_options')) {
        return;
    }
    $search = sanitize_text_field(wp_unslash($_GET['s'] ?? ''));
    $status = sanitize_key($_GET['status'] ?? '');
    $paged = max(1, (int) ($_GET['paged'] ?? 1));
    $total = pressfront_subscribers_count($search, $status);
    $rows = pressfront_subscribers_query($search, $status, PRESSFRONT_SUBSCRIBERS_PER_PAGE, ($paged - 1) * PRESSFRONT_SUBSCRIBERS_PER_PAGE);
    $base = admin_url('admin.php?page=pressfront-subscribers');
    $export = wp_nonce_url(add_query_arg(['action' => 'pressfront_subscribers_csv', 's' => $search, 'status' => $status], admin_url('admin-post.php')), 'pressfront_subscribers_csv');
    ?>
    <div class="wrap">
      <h1 class="wp-heading-inline"><?php esc_html_e('Subscribers', 'pressfront-bridge'); ?></h1>
      <a class="page-title-action" href="<?php echo esc_url($export); ?>"><?php esc_html_e('Export CSV', 'pressfront-bridge'); ?></a>
      <hr class="wp-header-end">
      <ul class="subsubsub">
        <?php
        $links = [];
        foreach (['' => __('All', 'pressfront-bridge'), 'confirmed' => __('Confirmed', 'pressfront-bridge'), 'pending' => __('Pending', 'pressfront-bridge'), 'unsubscribed' => __('Unsubscribed', 'pressfront-bridge')] as $key => $label) {
            $links[] = sprintf(
                '<li><a href="%s"%s>%s <span class="count">(<span data-count="%s">%d</span>)</span></a></li>',
                esc_url($key ? add_query_arg('status', $key, $base) : $base),
                $status === $key ? ' class="current" aria-current="page"' : '',
                esc_html($label),
                esc_attr($key ?: 'all'),
                pressfront_subscribers_count('', $key)
            );
        }
        echo implode(' | ', $links); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped above
        ?>
      </ul>
      <form method="get" class="search-form">
        <input type="hidden" name="page" value="pressfront-subscribers">
        <?php if ($status) : ?><input type="hidden" name="status" value="<?php echo esc_attr($status); ?>"><?php endif; ?>
        <p class="search-box">
          <label class="screen-reader-text" for="subscriber-search"><?php esc_html_e('Search subscribers', 'pressfront-bridge'); ?></label>
          <input type="search" id="subscriber-search" name="s" value="<?php echo esc_attr($search); ?>">
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
        <?php if (!$rows) : ?>
          <tr><td colspan="5"><?php esc_html_e('No subscribers found.', 'pressfront-bridge'); ?></td></tr>
        <?php endif; ?>
        <?php foreach ($rows as $row) : ?>
          <tr>
            <td><?php echo esc_html($row['email']); ?></td>
            <td><?php echo esc_html($row['status']); ?></td>
            <td><?php echo esc_html($row['created_at']); ?></td>
            <td><?php echo esc_html((string) $row['confirmed_at']); ?></td>
            <td><?php echo $row['source_post'] ? '<a href="' . esc_url(get_edit_post_link((int) $row['source_post']) ?: '#') . '">' . esc_html(get_the_title((int) $row['source_post'])) . '</a>' : '—'; ?></td>
          </tr>
        <?php endforeach; ?>
        </tbody>
      </table>
      <?php
      $pages = (int) ceil($total / PRESSFRONT_SUBSCRIBERS_PER_PAGE);
      if ($pages > 1) {
          echo '<div class="tablenav"><div class="tablenav-pages">';
          echo paginate_links(['base' => add_query_arg('paged', '%#%'), 'format' => '', 'current' => $paged, 'total' => $pages]); // phpcs:ignore
          echo '</div></div>';
      }
      ?>
    </div>
    <?php
}
