package com.opsledger.infra;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** Which side(s) this process runs, from {@code opsledger.role}: all (default), command or query. */
public class SidesConfiguration {

    private SidesConfiguration() {
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${opsledger.role:all}' == 'all' or '${opsledger.role:all}' == 'command'")
    @ComponentScan("com.opsledger.command")
    static class CommandSide {
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${opsledger.role:all}' == 'all' or '${opsledger.role:all}' == 'query'")
    @ComponentScan("com.opsledger.query")
    static class QuerySide {
    }
}
