package org.civitas.notification.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Ballot confirmations travel in a lane of their own: two threads (one waits on SMTP while the other renders),
 * paced together to the mail relay's rate. At the busiest
 * hour of a vote thousands of ballots a minute each owe a mail; sent at once, rendering and SMTP took most of the
 * CPU that casting needed, and a relay's quota would refuse them anyway. In their own lane they queue (each one
 * safe in the outbox until sent) while ballots keep being cast, and other mails, such as a password reset, do not
 * wait behind them on the application's executor.
 */
@Configuration(proxyBeanMethods = false)
class ConfirmationLane {

    static final String EXECUTOR = "confirmationExecutor";

    @Bean(name = EXECUTOR)
    ThreadPoolTaskExecutor confirmationExecutor() {
        var executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setThreadNamePrefix("confirmations-");
        return executor;
    }

    @Bean
    Pacer confirmationPacer(@Value("${civitas.mail.confirmations-per-second}") double perSecond) {
        return new Pacer(perSecond);
    }
}
