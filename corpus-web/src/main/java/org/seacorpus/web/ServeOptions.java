package org.seacorpus.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * How {@code corpus serve} listens and what it allows.
 *
 * <p>The server binds to the loopback address unless told otherwise. Listening on any other address exposes
 * the corpus to the network, so it then needs an access token: given with {@code --token}, or generated here
 * and printed once. With a token, every request must carry it. Curation (changing tags, status, metadata) is
 * off unless asked for.
 *
 * @param host           address to bind (a name or a literal address)
 * @param port           TCP port; 0 picks a free one
 * @param token          the access token every request must carry, or null when none is needed
 * @param tokenGenerated true when the token was generated here (so the caller prints it)
 * @param allowCuration  accept tag, reject, restore, metadata and undo requests
 * @param cacheMegabytes heap kept for answers asked again (searches, concordances, facets); 0 keeps none
 */
public record ServeOptions(String host, int port, String token, boolean tokenGenerated, boolean allowCuration,
                           int cacheMegabytes) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    /** A few thousand concordance pages; a small share of the 1 GB heap the server is measured with. */
    public static final int DEFAULT_CACHE_MEGABYTES = 64;
    /** Shortest token accepted from the user: guessing it must be out of reach. */
    static final int MIN_TOKEN_LENGTH = 16;

    public ServeOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, not " + port);
        }
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("--host is empty; give an address such as 127.0.0.1");
        }
        if (cacheMegabytes < 0) {
            throw new IllegalArgumentException("--cache-mb must be 0 (no cache) or more, not " + cacheMegabytes);
        }
    }

    /** The options with the default cache. */
    public ServeOptions(String host, int port, String token, boolean tokenGenerated, boolean allowCuration) {
        this(host, port, token, tokenGenerated, allowCuration, DEFAULT_CACHE_MEGABYTES);
    }

    /** The same options with {@code megabytes} of result cache (0: none). */
    public ServeOptions withCache(int megabytes) {
        return new ServeOptions(host, port, token, tokenGenerated, allowCuration, megabytes);
    }

    /** Loopback on the given port, no token, read-only. */
    public static ServeOptions local(int port) {
        return new ServeOptions(LOOPBACK, port, null, false, false);
    }

    /**
     * The options a user asked for, checked: a non-loopback {@code host} without a token gets a generated one;
     * a token given is kept whatever the host (it is then required on loopback too).
     *
     * @throws IllegalArgumentException for a token too short to be safe or a host name that cannot be resolved
     */
    public static ServeOptions resolve(String host, int port, String token, boolean allowCuration) {
        String bind = host == null || host.isBlank() ? LOOPBACK : host.strip();
        if (token != null) {
            token = token.strip();
            if (token.length() < MIN_TOKEN_LENGTH) {
                throw new IllegalArgumentException("--token is " + token.length() + " characters long; use at least "
                        + MIN_TOKEN_LENGTH + " (or leave it out to have one generated)");
            }
            return new ServeOptions(bind, port, token, false, allowCuration);
        }
        if (isLoopback(bind)) {
            return new ServeOptions(bind, port, null, false, allowCuration);
        }
        return new ServeOptions(bind, port, generateToken(), true, allowCuration);
    }

    /** True when {@code host} names only this machine (127.0.0.0/8, ::1, localhost). */
    public static boolean isLoopback(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            InetAddress[] all = InetAddress.getAllByName(bare);
            for (InetAddress address : all) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return all.length > 0;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--host '" + host + "' is not an address this machine knows: "
                    + e.getMessage(), e);
        }
    }

    public boolean loopback() {
        return isLoopback(host);
    }

    public boolean needsToken() {
        return token != null;
    }

    /** 32 random bytes, URL-safe base64: what to paste into a browser or an {@code Authorization} header. */
    static String generateToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
