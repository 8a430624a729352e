package com.opsledger.infra.privacy;

import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Adds {@link PersonalDataModule} to every Jackson serializer Axon uses (events, snapshots, messages), so that every
 * event type with personal data is encrypted without code of its own. The web's JSON is not touched.
 */
@Configuration(proxyBeanMethods = false)
public class PersonalDataConfiguration {

    @Bean
    static BeanPostProcessor personalDataInAxonSerializers(ObjectProvider<PersonalDataKeyStore> keys) {
        PersonalDataModule module = new PersonalDataModule(keys::getObject);
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
}
