package org.civitas.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/** Sends one rendered mail as text and HTML alternatives. A failure is thrown, so the outbox retries it. */
@Component
public class MailDelivery {

    private static final String STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    static {
        // Jakarta Mail 2.1 looks its stream provider up with a ServiceLoader scan of every jar for each message and
        // body part it builds (jakartaee/mail-api#699, fixed only in 2.2): with a confirmation mail per ballot that
        // scan took a fifth of the CPU during a vote. Naming the provider makes it a plain class lookup.
        if (ClassUtils.isPresent(STREAM_PROVIDER, MailDelivery.class.getClassLoader())) {
            System.getProperties().putIfAbsent("jakarta.mail.util.StreamProvider", STREAM_PROVIDER);
        }
    }

    private final JavaMailSender mail;
    private final String from;

    MailDelivery(JavaMailSender mail, @Value("${civitas.mail.from}") String from) {
        this.mail = mail;
        this.from = from;
    }

    public void send(String to, MailTemplates.RenderedMail rendered) {
        MimeMessage message = mail.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(rendered.subject());
            helper.setText(rendered.text(), rendered.html());
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot build the mail", e);
        }
        mail.send(message);
    }
}
