package io.deltashare.notification;

import io.deltashare.testkit.infra.RealInfrastructure;
import io.deltashare.testkit.mail.MailServerResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Every {@code @QuarkusTest} of this module runs against the testkit's real PostgreSQL, Kafka and Keycloak, and sends
 * its e-mails over SMTP to the testkit's GreenMail.
 */
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = MailServerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
final class TestInfrastructure {

    private TestInfrastructure() {}
}
