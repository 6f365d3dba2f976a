<?php

namespace Pressfront\Bridge;

defined('ABSPATH') || exit;

/**
 * Tells the frontends what changed: the cache tags collected during a request (ChangeEvents), sent
 * once at its end — recorded first in the change log with their sequence number, so a frontend
 * that misses the message asks for it later — to every frontend at once.
 */
final class Revalidation
{
    /** @var Settings */
    private $settings;
    /** @var ChangeLog */
    private $change_log;
    /** @var Delivery */
    private $delivery;
    /** @var string[] */
    private $tags = [];
    /** @var string[] */
    private $events = [];

    public function __construct(Settings $settings, ChangeLog $change_log, Delivery $delivery)
    {
        $this->settings = $settings;
        $this->change_log = $change_log;
        $this->delivery = $delivery;
    }

    public function register(): void
    {
        add_action('shutdown', [$this, 'flush']);
    }

    /**
     * Collects tags (the shapes of the frontend's lib/wordpress/tags.ts) for the end of this request.
     *
     * @param string[] $tags
     */
    public function queue(array $tags, string $event): void
    {
        $this->tags = array_merge($this->tags, $tags);
        $this->events[] = $event;
    }

    /** @return array{tags: string[], event: string} What this request has collected so far. */
    public function pending(): array
    {
        return [
            'tags' => array_values(array_unique($this->tags)),
            'event' => substr(implode(',', array_values(array_unique($this->events))), 0, 64),
        ];
    }

    /** Forgets what was collected, unsent. */
    public function discard(): void
    {
        $this->tags = [];
        $this->events = [];
    }

    /** Records and sends what was collected; nothing when nothing was. Returns the message sent. */
    public function flush(): ?array
    {
        $pending = $this->pending();
        $this->discard();
        if (!$pending['tags']) {
            return null;
        }
        $message = $pending;
        $seq = $this->change_log->record($pending['tags'], $pending['event']);
        if ($seq > 0) {
            $message['seq'] = $seq;
        }
        $this->delivery->send_all($this->settings->frontends(), (string) wp_json_encode($message));
        return $message;
    }
}
