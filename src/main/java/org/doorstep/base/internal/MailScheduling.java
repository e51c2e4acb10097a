package org.doorstep.base.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Background jobs: the outbox worker and the follow-up reminders run on Spring's scheduler. */
@Configuration
@EnableScheduling
class MailScheduling {
}
