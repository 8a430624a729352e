package com.opsledger.infra.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final ResponseHeaders responseHeaders;

    WebConfiguration(ResponseHeaders responseHeaders) {
        this.responseHeaders = responseHeaders;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(responseHeaders);
    }

    /** The application's JSON settings, with the bounds of {@link BoundedRequestJson} for what requests send. */
    @Bean
    MappingJackson2HttpMessageConverter mappingJackson2HttpMessageConverter(ObjectMapper json) {
        return new MappingJackson2HttpMessageConverter(BoundedRequestJson.bounded(json.copy()));
    }
}
