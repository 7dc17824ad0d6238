package org.parity.common;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.webjars.WebJarVersionLocator;

/**
 * GOV.UK Frontend's stylesheet refers to its fonts and images under /assets/; serve them from the
 * webjar so the browser never asks a protected URL for a font (which would also become the page a
 * user lands on after signing in).
 *
 * <p>Spring Boot registers a {@link ResourceUrlEncodingFilter} whenever a webjars locator is present: it
 * looks every link a page writes up as a static resource (a class-path search per {@code @{...}}), which
 * made a page of a few hundred links take seconds. Parity's static files are not content-versioned, so
 * the filter is registered switched off; version-less webjar URLs still resolve on the resource side.
 */
@Configuration
class WebAssetsConfig implements WebMvcConfigurer {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String version = new WebJarVersionLocator().version("govuk-frontend");
        registry.addResourceHandler("/assets/**")
                .addResourceLocations(
                        "classpath:/META-INF/resources/webjars/govuk-frontend/" + version + "/dist/govuk/assets/");
    }
}
