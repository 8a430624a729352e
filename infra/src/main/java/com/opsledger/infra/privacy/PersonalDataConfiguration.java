package com.opsledger.infra.privacy;

import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Adds {@link PersonalDataModule} to every Jackson serializer Axon uses (events, snapshots, messages), so that every
 * event type with personal data or secrets is encrypted without code of its own. The web's JSON never shows a
 * secret.
 */
@Configuration(proxyBeanMethods = false)
public class PersonalDataConfiguration {

    @Bean
    static BeanPostProcessor personalDataInAxonSerializers(ObjectProvider<PersonalDataKeyStore> keys,
                                                           ObjectProvider<ServerKeys> server) {
        PersonalDataModule module = new PersonalDataModule(keys::getObject, server::getObject);
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JacksonSerializer jackson) {
                    jackson.getObjectMapper().registerModule(module);
                }
                return bean;
            }
        };
    }

    /** Spring's own JSON (answers, {@code asOf}, diffs) writes every secret as {@value PersonalDataModule#REDACTED}. */
    @Bean
    SecretRedactionModule secretRedaction() {
        return new SecretRedactionModule();
    }
}
