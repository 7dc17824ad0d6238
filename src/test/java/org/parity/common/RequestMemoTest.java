package org.parity.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Within a request an answer is loaded once per key; outside one, and after forgetting, it is loaded again. */
class RequestMemoTest {

    private final AtomicInteger loads = new AtomicInteger();

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private String load(String key) {
        loads.incrementAndGet();
        return "answer for " + key;
    }

    @Test
    void oneRequestLoadsEachKeyOnceAndANewRequestLoadsAgain() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThat(RequestMemo.get("visible", "edi@kmpt", () -> load("edi@kmpt")))
                .isEqualTo("answer for edi@kmpt");
        assertThat(RequestMemo.get("visible", "edi@kmpt", () -> load("edi@kmpt")))
                .isEqualTo("answer for edi@kmpt");
        assertThat(loads).hasValue(1);
        RequestMemo.get("visible", "lead@kmpt", () -> load("lead@kmpt"));
        RequestMemo.get("other", "edi@kmpt", () -> load("edi@kmpt"));
        assertThat(loads).as("another key, another name: loaded").hasValue(3);

        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        RequestMemo.get("visible", "edi@kmpt", () -> load("edi@kmpt"));
        assertThat(loads).as("the next request keeps nothing of the last").hasValue(4);
    }

    @Test
    void aForgottenNameIsLoadedAgainAndANullAnswerIsKept() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        RequestMemo.get("visible", "k", () -> load("k"));
        RequestMemo.forget("visible");
        RequestMemo.get("visible", "k", () -> load("k"));
        assertThat(loads).hasValue(2);

        RequestMemo.get("missing", "k", () -> {
            loads.incrementAndGet();
            return null;
        });
        RequestMemo.get("missing", "k", () -> load("k"));
        assertThat(loads).as("a null answer is an answer").hasValue(3);
    }

    @Test
    void outsideARequestEveryCallLoads() {
        RequestMemo.get("visible", "k", () -> load("k"));
        RequestMemo.get("visible", "k", () -> load("k"));
        assertThat(loads).hasValue(2);
    }
}
