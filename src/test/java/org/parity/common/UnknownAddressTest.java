package org.parity.common;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** An address nothing answers: a page for people, problem details for the API. */
@ParityTest
class UnknownAddressTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aPersonGetsTheStyledPageNotFound() throws Exception {
        mvc.perform(get("/no-such-page").accept(MediaType.TEXT_HTML).with(httpBasic("edi@kmpt", "parity-demo")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(Matchers.containsString("Page not found")));
    }

    @Test
    void theApiAnswersProblemDetails() throws Exception {
        mvc.perform(get("/api/no-such-thing").with(httpBasic("edi@kmpt", "parity-demo")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
    }
}
