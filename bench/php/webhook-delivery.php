<?php
// The webhook to N frontends: one after the other through wp_remote_post (the HTTP API alone), and
// at once through the plugin's Delivery (the HTTP API's filters, then its Requests transport in
// parallel). Prints one JSON object: {n: {sequential_ms, parallel_ms}}. Frontends are
// FRONTEND_URL/0 … /N-1 (bench/webhook-delivery.ts serves them, each answering after a delay).
// Usage: php webhook-delivery.php DOCROOT SITE_URL FRONTEND_URL COUNTS ROUNDS

[$_, $docroot, $site_url, $frontend, $counts, $rounds] = $argv + [null, null, null, null, '1,2,4,8', '5'];
$_SERVER['HTTP_HOST'] = parse_url($site_url, PHP_URL_HOST) . ':' . parse_url($site_url, PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/';
require $docroot . '/wp-load.php';

use Pressfront\Bridge\Delivery;
use Pressfront\Bridge\Plugin;
use Pressfront\Bridge\Signer;

$delivery = Plugin::get(Delivery::class);
$signer = Plugin::get(Signer::class);
$body = (string) wp_json_encode(['tags' => ['posts'], 'event' => 'bench']);
$median = static function (array $values): float {
    sort($values);
    return $values[intdiv(count($values), 2)];
};
$result = [];
foreach (array_map('intval', explode(',', $counts)) as $n) {
    $frontends = array_map(static function (int $i) use ($frontend): string {
        return $frontend . '/' . $i;
    }, range(0, $n - 1));
    $sequential = [];
    $parallel = [];
    for ($round = 0; $round < (int) $rounds; $round++) {
        $started = microtime(true);
        foreach ($frontends as $url) {
            wp_remote_post($url . '/api/revalidate/', [
                'timeout' => 3,
                'redirection' => 0,
                'headers' => ['Content-Type' => 'application/json'] + $signer->headers(null, $body),
                'body' => $body,
            ]);
        }
        $sequential[] = (microtime(true) - $started) * 1000;
        $started = microtime(true);
        $delivery->send_all($frontends, $body);
        $parallel[] = (microtime(true) - $started) * 1000;
    }
    $result[$n] = ['sequential_ms' => round($median($sequential), 1), 'parallel_ms' => round($median($parallel), 1)];
}
echo wp_json_encode($result), "\n";
