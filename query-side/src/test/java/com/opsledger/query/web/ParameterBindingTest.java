package com.opsledger.query.web;

import org.junit.jupiter.api.Test;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

class ParameterBindingTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Lists())
            .setControllerAdvice(new ParameterBinding()).build();

    @Test
    void pagingParametersBindFromTheQueryString() throws Exception {
        MvcResult result = mvc.perform(get("/list").param("page", "2").param("size", "5").param("after", "c")
                .param("sort", "name,desc")).andReturn();

        assertThat(result.getResponse().getContentAsString())
                .isEqualTo("CursorPageParameters[page=2, size=5, after=c, sort=name,desc]");
    }

    @Test
    void aPagingParameterOfTheWrongTypeIsNamedWithItsExpectedType() throws Exception {
        MvcResult result = mvc.perform(get("/list").param("size", "ten")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        MethodArgumentNotValidException invalid = (MethodArgumentNotValidException) result.getResolvedException();
        assertThat(invalid.getBindingResult().getFieldErrors()).singleElement().satisfies(error -> {
            assertThat(error.getField()).isEqualTo("size");
            assertThat(error.getDefaultMessage()).isEqualTo("must be a valid integer");
        });
    }

    @RestController
    static class Lists {

        @GetMapping("/list")
        String list(@ParameterObject CursorPageParameters paging) {
            return paging.toString();
        }
    }
}
