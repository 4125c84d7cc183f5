package io.deltashare.notification;

import io.deltashare.testkit.arch.ArchitectureRules;
import org.junit.jupiter.api.Test;

class NotificationArchitectureTest {

    @Test
    void notificationKeepsToItselfAndItsDomainIsFreeOfFrameworks() {
        ArchitectureRules.check("io.deltashare.notification");
    }
}
