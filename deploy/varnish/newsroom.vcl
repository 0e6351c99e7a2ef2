vcl 4.1;
# News World Daily behind Varnish 7 (Debian: apt-get install varnish varnish-modules).
# README, "Production". deploy/varnish/render.py rewrites the marked block for
# other addresses (make serve, the stack tests, bench/stack.py).

import std;
import directors;
import cookie;
import xkey;

# --- addresses: render.py replaces from here ---
probe ready {
    .url = "/health/ready/";
    .interval = 1s;
    .timeout = 2s;
    # Sick after 3 failures in 5 probes: a busy app is not a dead one.
    .window = 5;
    .threshold = 3;
    .initial = 3;
}

backend app1 {
    .host = "127.0.0.1";
    .port = "8000";
    .probe = ready;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
}

# Uploaded images and documents: nginx reading MEDIA_ROOT (deploy/nginx/newsroom-media.conf).
backend media {
    .host = "127.0.0.1";
    .port = "8081";
}

# Only the app servers may purge.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_init {
    new app = directors.round_robin();
    app.add_backend(app1);
}
# --- to here ---

sub vcl_recv {
    if (req.method == "PURGE") {
        call purge;
    }
    # Only the TLS front's "https" changes a page (its canonical links); any
    # other value a client sends must not split the cache (see vcl_hash).
    if (req.http.X-Forwarded-Proto != "https") {
        unset req.http.X-Forwarded-Proto;
    }
    if (req.url ~ "^/media/") {
        set req.backend_hint = media;
    } else {
        set req.backend_hint = app.backend();
    }
    # While the app answers, serve a copy at most 30 s past its s-maxage (it is
    # refreshed meanwhile); when it does not (probe failing, or an error on the
    # first try, see vcl_deliver), any copy within the grace.
    if (std.healthy(req.backend_hint) && !req.http.X-Stale-Retry) {
        set req.grace = 30s;
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|documents|consent|health)/" ||
        req.url ~ "^/[a-z]{2,3}/(accounts|comments|analytics)/" ||
        req.url ~ "[?&](preview|revision)=") {
        return (pass);
    }
    if (req.url !~ "^/([a-z]{2,3}/|static/|media/|[a-z-]*sitemap[a-z-]*\.xml|robots\.txt|favicon\.ico)") {
        # "/" and other unprefixed paths redirect by the reader's language cookie.
        return (pass);
    }
    call keep_only_the_session_cookie;
    if (req.http.Cookie) {
        return (pass);
    }
    call drop_campaign_parameters;
    # The language is in the path; Accept-Language must not split the cache.
    unset req.http.Accept-Language;
    call normalise_accept_encoding;
    return (hash);
}

sub purge {
    if (client.ip !~ purgers) {
        return (synth(403, "Purging is not allowed from this address"));
    }
    if (req.http.Xkey-Purge) {
        set req.http.X-Purged = xkey.purge(req.http.Xkey-Purge);
    } else {
        set req.http.X-Purged = xkey.purge(regsub(req.url, "\?.*$", ""));
    }
    return (synth(200, "Purged " + req.http.X-Purged));
}

# Consent, language choice, CSRF and analytics cookies do not change a public
# page: dropped from the lookup so they neither split nor bypass the cache. A
# logged-in reader's session cookie sends the request past the cache.
sub keep_only_the_session_cookie {
    if (req.url ~ "^/(static|media)/") {
        unset req.http.Cookie;
    }
    if (req.http.Cookie) {
        cookie.parse(req.http.Cookie);
        cookie.keep("sessionid");
        set req.http.Cookie = cookie.get_string();
        if (req.http.Cookie == "") {
            unset req.http.Cookie;
        }
    }
}

# A shared link carries tracking parameters (utm_*, fbclid, gclid) that change
# nothing on the page; kept, every click from a social network would be a miss
# that reaches the app. The reader's browser still has them for analytics.
sub drop_campaign_parameters {
    if (req.url ~ "[?&](utm_[a-z]+|fbclid|gclid|gbraid|wbraid|mc_cid|mc_eid)=") {
        set req.url = regsuball(req.url,
            "(?<=[?&])(utm_[a-z]+|fbclid|gclid|gbraid|wbraid|mc_cid|mc_eid)=[^&]*&?", "");
        set req.url = regsub(req.url, "[?&]+$", "");
    }
}

sub normalise_accept_encoding {
    if (req.http.Accept-Encoding) {
        if (req.url ~ "\.(jpe?g|png|gif|webp|avif|woff2?|gz|br|zip|pdf)$") {
            unset req.http.Accept-Encoding;
        } elsif (req.http.Accept-Encoding ~ "gzip") {
            set req.http.Accept-Encoding = "gzip";
        } else {
            unset req.http.Accept-Encoding;
        }
    }
}

sub vcl_hash {
    # https behind the TLS front and plain http are different pages (canonical links).
    hash_data(req.http.X-Forwarded-Proto);
}

sub vcl_backend_response {
    if (bereq.is_bgfetch && beresp.status >= 500) {
        # Keep serving the copy we have rather than replacing it with an error.
        return (abandon);
    }
    if (beresp.status >= 500) {
        set beresp.ttl = 0s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    if (beresp.http.Set-Cookie || beresp.http.Vary == "*" ||
        beresp.http.Cache-Control ~ "(private|no-cache|no-store)") {
        # Never stored; remembered for 2 minutes as "fetch, do not wait".
        set beresp.ttl = 120s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    if (!beresp.http.Cache-Control) {
        if (bereq.url ~ "^/media/") {
            set beresp.ttl = 1d;
        } else {
            # The app marks every cacheable response; an unmarked one (a 404 for
            # a story about to be published) carries no purge key: not stored.
            set beresp.ttl = 0s;
            set beresp.uncacheable = true;
            return (deliver);
        }
    }
    if (beresp.http.Content-Type ~ "^(text/|application/(rss|atom)?\+?(xml|json|javascript))|svg") {
        set beresp.do_gzip = true;
    }
    # Kept past its TTL for when the app or its database is down (grace).
    set beresp.grace = 24h;
    return (deliver);
}

sub vcl_backend_error {
    if (bereq.is_bgfetch) {
        return (abandon);
    }
}

sub vcl_deliver {
    # A server error on a cacheable request: look again, accepting any copy within the grace.
    if (resp.status >= 500 && req.restarts == 0 && req.method == "GET" && !req.http.Cookie) {
        set req.http.X-Stale-Retry = "1";
        return (restart);
    }
    unset resp.http.xkey;
    call edge_keeps_live_updates;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}

# The nginx edge (deploy/nginx/newsroom-proxy.conf) keeps a copy of the live
# blogs' updates endpoint until the end of this second, no longer: a purge
# here reaches the polling readers within a second. nginx hides the header.
sub edge_keeps_live_updates {
    if (req.url ~ "^/[a-z]{2,3}/live/[0-9]+/updates/" && !obj.uncacheable &&
        resp.status == 200) {
        set resp.http.X-Accel-Expires = "@" + std.integer(time=now);
    }
}

sub vcl_synth {
    set resp.http.Cache-Control = "no-store";
}
