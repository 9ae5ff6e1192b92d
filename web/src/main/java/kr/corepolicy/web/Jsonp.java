package kr.corepolicy.web;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the web layer. {@code Jsonp.JSON.createObjectBuilder()} and its siblings look the provider up
 * through a {@code ServiceLoader} on every call, which scans the class path under the web class loader's lock: under
 * load that lock serialised the request threads (a JDK Flight Recorder profile of the dashboard page put more of
 * their blocked time there than anywhere else, docs/performance.md). A provider is thread-safe and is looked up once
 * here; write {@code Jsonp.JSON.createObjectBuilder()}.
 */
public final class Jsonp {

    public static final JsonProvider JSON = JsonProvider.provider();

    private Jsonp() {
    }
}
