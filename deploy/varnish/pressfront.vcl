vcl 4.1;
# Pressfront's edge: Varnish in front of the workers, as page cache and load balancer.
#
# Pages carry their cache tags as xkey keys (the app's server/edge/surrogate-keys.ts); a revalidation
# purges exactly the pages that carry a changed tag (PURGE with `xkey-purge`, from an allowed
# address with the purge token: server/edge/purge.ts). The purge is soft: a purged page is stale,
# not gone, so the next request for it is answered with the copy it had while one background fetch
# renders the new one — no reader waits on a render after a publication, and the app asks for the
# pages a change affects right after its purge (server/revalidation/warm-pages.ts), so they are new
# before readers come. Grace keeps serving pages seen before while WordPress or every worker is
# down; health probes take a dead worker out of the rotation.
#
# The site's own part — one backend per worker, the director `workers`, the acl `purgers` and the
# purge token check — is generated for the machines you run (scripts/stack/varnish-site.ts) into
# pressfront-site.vcl, found on varnishd's vcl_path.

import std;
import vsthrottle;
import xkey;

include "pressfront-site.vcl";

sub vcl_recv {
    # Set here only, never taken from a client.
    unset req.http.x-pressfront-internals;
    unset req.http.x-pressfront-warming;
    unset req.http.x-pressfront-retry-after;
    if (req.method == "PURGE") {
        # Refuses any client outside `purgers` or without the token (403), then purges.
        call pressfront_check_purge;
        if (!req.http.xkey-purge) {
            return (synth(400, "xkey-purge missing"));
        }
        set req.http.x-purged = xkey.softpurge(req.http.xkey-purge);
        return (synth(200, "Purged"));
    }
    # The app's own request for a page a change affects (server/revalidation/warm-pages.ts), with
    # the purge token from an allowed address: rendered now, replacing the copy readers are given
    # meanwhile — the app asks for a few at a time, so a publication never swamps the workers.
    if (req.http.x-pressfront-warm) {
        call pressfront_check_purge;
        unset req.http.x-pressfront-purge-token;
        unset req.http.x-pressfront-warm;
        set req.hash_always_miss = true;
        # Marks the fetch (vcl_backend_response): one that fails keeps the copy readers have.
        set req.http.x-pressfront-warming = "1";
    } else if (req.http.x-pressfront-purge-token) {
        # The operator's view: the internal headers left on the answer (pressfront_strip_internals).
        call pressfront_check_internals;
        unset req.http.x-pressfront-purge-token;
    }
    # Searches and form posts per client (the site's part: PRESSFRONT_EDGE_SEARCH_LIMIT and
    # PRESSFRONT_EDGE_POST_LIMIT): a 429 with Retry-After, before any worker or WordPress is asked.
    call pressfront_limit_clients;
    # Which worker renders is drawn per request (vcl_backend_fetch).
    set req.http.x-pressfront-pick = std.random(0, 1000000000);
    if (!req.http.X-Forwarded-Proto) {
        set req.http.X-Forwarded-Proto = "http";
    }

    # Never kept at the edge — the rules the app's own page cache keeps (server/page-cache/serve-cached-page.ts):
    # anything but a read; the API (subscribe results, revalidation, previews); drafts and previews;
    # the subscribe pages; React payload requests of client-side navigations (never answered with a
    # page's HTML, nor a page with one); anything with a reader's cookie or credentials.
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(api|preview|subscribe)(/|\?|$)") {
        return (pass);
    }
    if (req.http.RSC || req.http.Next-Router-Prefetch || req.http.Next-Action || req.url ~ "[?&]_rsc=") {
        return (pass);
    }
    if (req.http.Cookie || req.http.Authorization) {
        return (pass);
    }
    return (hash);
}

sub vcl_backend_fetch {
    # A random spread over the healthy workers; a retry takes the next one along the ring, so a
    # worker that died mid-request is never asked twice for the same page.
    set bereq.backend = workers.backend(by=KEY, key=workers.key(bereq.http.x-pressfront-pick), alt=bereq.retries);
    unset bereq.http.x-pressfront-pick;
}

sub vcl_backend_response {
    set beresp.http.x-backend = beresp.backend.name;
    # Whole answers only: a worker that dies while sending a body is then a failed fetch, retried on
    # another (vcl_backend_error), instead of a reader's page cut off half-way. The app renders a
    # shared page whole before it answers anyway (server/edge/serve-for-edge.ts).
    set beresp.do_stream = false;
    # A refresh in the background, or the app's warm-up, that failed (WordPress down or too busy, a
    # worker dying), was made of last good answers meanwhile (x-pressfront-edge: failed), or began
    # before something it read changed again (outdated): keep serving the copy we have rather than
    # replace it with that — or hide it behind a pass for the uncacheable answer. The next reader's
    # visit asks again.
    if ((bereq.is_bgfetch || bereq.http.x-pressfront-warming) &&
        (beresp.status >= 500 || beresp.http.x-pressfront-edge ~ "^(failed|outdated)$")) {
        return (abandon);
    }
    # Only what the app filed under its cache tags is kept, plus Next's fingerprinted files.
    if (bereq.url ~ "^/_next/static/" && beresp.status == 200) {
        return (deliver);
    }
    if (!beresp.http.xkey || beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "(private|no-store)") {
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
    # Kept for s-maxage (the app's PRESSFRONT_EDGE_CACHE_SECONDS); then, for a day, served stale while a
    # fresh copy is fetched — or for as long as the workers or WordPress cannot give one.
    set beresp.grace = 24h;
    return (deliver);
}

sub vcl_hit {
    # A copy past its time (soft-purged, or older than s-maxage): served while a background fetch
    # renders its successor (grace), and said so in x-cache.
    if (obj.ttl <= 0s) {
        set req.http.x-pressfront-stale = "1";
    }
}

sub vcl_deliver {
    if (req.http.x-pressfront-stale) {
        set resp.http.x-cache = "stale";
    } else if (obj.hits > 0) {
        set resp.http.x-cache = "hit";
    } else {
        set resp.http.x-cache = "miss";
    }
    unset resp.http.xkey;
    # Which worker answered and the page's cache tags (post ids, menus, comment keys) are the
    # edge's business, not readers': gone, unless the operator asked with the token — or, for the
    # tags, a CDN in front files pages by them (the site's part says which).
    if (!req.http.x-pressfront-internals) {
        call pressfront_strip_internals;
    }
}

sub vcl_synth {
    if (req.method == "PURGE") {
        set resp.http.x-purged = req.http.x-purged;
    }
    if (resp.status == 429) {
        set resp.http.Retry-After = req.http.x-pressfront-retry-after;
        set resp.http.Content-Type = "text/html; charset=utf-8";
        set resp.http.Cache-Control = "no-store";
        synthetic({"<!doctype html><html lang="en"><meta charset="utf-8"><title>Too many requests</title><h1>Too many requests</h1><p>Please wait a moment before trying again.</p></html>"});
        return (deliver);
    }
    if (!req.http.x-pressfront-internals) {
        call pressfront_strip_internals;
    }
}

sub vcl_backend_error {
    # A worker that died mid-request (or refused it): another one answers, if one is left. Each
    # retry takes the next worker along the ring (vcl_backend_fetch); three reach a second healthy
    # one even when a pooled connection to the first fails too.
    if (bereq.retries < 3 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        return (retry);
    }
    # Every worker down and nothing kept for this page: say so, and when to come back.
    set beresp.http.Content-Type = "text/html; charset=utf-8";
    set beresp.http.Retry-After = "30";
    set beresp.http.Cache-Control = "no-store";
    synthetic({"<!doctype html><html lang="en"><meta charset="utf-8"><title>Back soon</title><h1>Back soon</h1><p>This page cannot be shown right now. Please try again in a minute.</p></html>"});
    return (deliver);
}
