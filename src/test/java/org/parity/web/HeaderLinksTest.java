package org.parity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parity.ParityTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The header offers each person only what they may open: every header link, followed as that person,
 * answers 200; and what a person may not open (a board reader's live pages) is not offered.
 */
@ParityTest
class HeaderLinksTest {

    static final Pattern NAV = Pattern.compile("<nav class=\"parity-header__nav\"[^>]*>(.*?)</nav>", Pattern.DOTALL);
    static final Pattern HREF = Pattern.compile("<a class=\"parity-header__link\"[^>]*href=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "admin           | /actions /indicators /admin/users /my/account"
                        + "      | /my/actions /my/decisions /systems/ /dashboard",
                "edi@kmpt        | /organisations/kmpt/dashboard /actions /indicators /my/account | /admin/users /systems/",
                "lead@kmpt       | /my/actions /actions /indicators /my/account           | /dashboard /admin/users /my/decisions",
                "sponsor@kmpt    | /my/decisions /actions /indicators /my/account         | /dashboard /admin/users /my/actions",
                "board@kmpt      | NONE                                                   | /actions /indicators /my/ /dashboard /admin/",
                "ics@kent-medway | /systems/kent-medway/report /actions /indicators /my/account | /dashboard /admin/users /my/actions /my/decisions",
                "edi@kings       | /organisations/kings/dashboard /actions /indicators /my/account | /systems/ /admin/users"
            })
    void everyHeaderLinkOpensForThatPerson(String person, String offered, String notOffered) throws Exception {
        List<String> links = headerLinks(person);
        List<String> expected =
                offered.equals("NONE") ? List.of() : List.of(offered.trim().split("\\s+"));
        assertThat(links).as("header links of %s", person).containsExactlyInAnyOrderElementsOf(expected);
        for (String absent : notOffered.trim().split("\\s+")) {
            assertThat(links).as("header of %s", person).noneMatch(l -> l.contains(absent));
        }
        for (String link : links) {
            MockHttpServletResponse response = mvc.perform(get(link).with(httpBasic(person, "parity-demo")))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus())
                    .as("%s opens %s from the header", person, link)
                    .isEqualTo(200);
        }
        // what is not offered is indeed refused (the header does not hide what one may open)
        if (person.startsWith("board")) {
            for (String refused : List.of("/actions", "/indicators")) {
                assertThat(mvc.perform(get(refused).with(httpBasic(person, "parity-demo")))
                                .andReturn()
                                .getResponse()
                                .getStatus())
                        .isEqualTo(403);
            }
        }
    }

    @Test
    void theFaviconIsASmallIconAnyoneMayFetch() throws Exception {
        MockHttpServletResponse icon =
                mvc.perform(get("/favicon.ico")).andReturn().getResponse();
        assertThat(icon.getStatus()).isEqualTo(200);
        assertThat(icon.getContentType()).isIn("image/x-icon", "image/vnd.microsoft.icon");
        byte[] bytes = icon.getContentAsByteArray();
        assertThat(bytes).startsWith(0, 0, 1, 0).hasSizeLessThan(10_000);
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())
                .contains("<link rel=\"icon\" type=\"image/x-icon\" href=\"/favicon.ico\">");
    }

    /** The header's links on the person's home page (a board reader's home is their report page). */
    private List<String> headerLinks(String person) throws Exception {
        MockHttpServletResponse home = mvc.perform(get("/").with(httpBasic(person, "parity-demo")))
                .andReturn()
                .getResponse();
        String page = home.getRedirectedUrl() == null
                ? home.getContentAsString()
                : mvc.perform(get(home.getRedirectedUrl()).with(httpBasic(person, "parity-demo")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
        Matcher nav = NAV.matcher(page);
        assertThat(nav.find()).as("the header of %s has its navigation", person).isTrue();
        List<String> links = new ArrayList<>();
        Matcher href = HREF.matcher(nav.group(1));
        while (href.find()) {
            links.add(href.group(1));
        }
        return links;
    }
}
