package org.parity.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One scrape of /actuator/prometheus as the admin, parsed: each sample's series (its name and labels, as
 * printed) to its value.
 */
public record Scrape(Map<String, Double> samples) {

    public static Scrape of(MockMvc mvc) throws Exception {
        String text = mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "parity-demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return parse(text);
    }

    public static Scrape parse(String text) {
        Map<String, Double> samples = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
        }
        return new Scrape(samples);
    }

    /** The value of one series, e.g. value("parity_tasks_open{kind=\"SCOPE\"}"); fails when it is absent. */
    public double value(String series) {
        Double v = samples.get(series);
        if (v == null) {
            throw new AssertionError("no series " + series + " in the scrape");
        }
        return v;
    }

    /** The metric names sampled (a histogram's _bucket, _count and _sum each count). */
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        for (String series : samples.keySet()) {
            int brace = series.indexOf('{');
            names.add(brace < 0 ? series : series.substring(0, brace));
        }
        return names;
    }
}
