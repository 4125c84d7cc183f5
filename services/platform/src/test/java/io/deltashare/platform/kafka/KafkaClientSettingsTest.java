package io.deltashare.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a cluster's TLS settings reach the clients, from a properties file or from Kubernetes' environment. */
class KafkaClientSettingsTest {

    @Test
    void securitySettingsComeFromPropertiesOrEnvironmentVariables() {
        assertThat(KafkaClients.clientSetting("kafka.ssl.keystore.location")).hasValue("ssl.keystore.location");
        assertThat(KafkaClients.clientSetting("KAFKA_SSL_KEYSTORE_LOCATION")).hasValue("ssl.keystore.location");
        assertThat(KafkaClients.clientSetting("KAFKA_SECURITY_PROTOCOL")).hasValue("security.protocol");
        assertThat(KafkaClients.clientSetting("KAFKA_SASL_JAAS_CONFIG")).hasValue("sasl.jaas.config");
    }

    @Test
    void nothingElseIsPassedOn() {
        assertThat(KafkaClients.clientSetting("KAFKA_BOOTSTRAP_SERVERS")).isEmpty();
        assertThat(KafkaClients.clientSetting("kafka.group.id")).isEmpty();
        assertThat(KafkaClients.clientSetting("QUARKUS_SSL_NATIVE")).isEmpty();
    }
}
