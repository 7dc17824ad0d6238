package org.parity.common;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Answers kept for the rest of one web request: a page asks several services, each asking the access
 * policy about the same organisation in its own transaction, and each asking used to read the same
 * row again. Outside a request (seed loading, event listeners, the engine's jobs) nothing is kept and
 * every call loads afresh, so no answer outlives the request that read it.
 */
public final class RequestMemo {

    private static final String PREFIX = RequestMemo.class.getName() + ".";

    private RequestMemo() {}

    /** The answer for this key within the current request, loaded on first use. */
    @SuppressWarnings("unchecked")
    public static <T> T get(String name, Object key, Supplier<T> load) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return load.get();
        }
        Map<Object, Object> memo =
                (Map<Object, Object>) request.getAttribute(PREFIX + name, RequestAttributes.SCOPE_REQUEST);
        if (memo == null) {
            memo = new HashMap<>();
            request.setAttribute(PREFIX + name, memo, RequestAttributes.SCOPE_REQUEST);
        }
        if (memo.containsKey(key)) {
            return (T) memo.get(key);
        }
        T answer = load.get();
        memo.put(key, answer);
        return answer;
    }

    /** Forgets this request's answers of that name (after a change that would alter them). */
    public static void forget(String name) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(PREFIX + name, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
