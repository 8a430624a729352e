package com.opsledger.infra.privacy;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.lifecycle.Phase;
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

    /** Registered after the request's own metadata (see {@code AxonConfiguration}). */
    @Bean
    ConfigurerModule erasedSenders(ObjectProvider<PersonalDataKeyStore> keys) {
        return configurer -> configurer.onInitialize(config -> config.onStart(Phase.OUTBOUND_COMMAND_CONNECTORS + 1,
                () -> config.commandBus().registerDispatchInterceptor(new ErasedSenders(keys.getObject()))));
    }

    /** Spring's own JSON (answers, {@code asOf}, diffs) writes every secret as {@value PersonalDataModule#REDACTED}. */
    @Bean
    SecretRedactionModule secretRedaction() {
        return new SecretRedactionModule();
    }
}
