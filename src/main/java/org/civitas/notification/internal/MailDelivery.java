package org.civitas.notification.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
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
        mail.send(message(to, rendered));
    }

    /**
     * Sends the mails over one connection to the mail server, instead of one connection each.
     *
     * @return the positions (in {@code mails}) of those the server refused; the others are sent
     * @throws MailException when none could be sent (the server is down, the login refused)
     */
    Set<Integer> sendAll(List<Map.Entry<String, MailTemplates.RenderedMail>> mails) {
        MimeMessage[] messages = mails.stream().map(m -> message(m.getKey(), m.getValue())).toArray(MimeMessage[]::new);
        try {
            mail.send(messages);
            return Set.of();
        } catch (MailSendException e) {
            Set<Integer> refused = new HashSet<>();
            for (int i = 0; i < messages.length; i++) {
                if (e.getFailedMessages().containsKey(messages[i])) {
                    refused.add(i);
                }
            }
            if (refused.size() == messages.length || refused.isEmpty()) {
                throw e;
            }
            return refused;
        }
    }

    private MimeMessage message(String to, MailTemplates.RenderedMail rendered) {
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
        return message;
    }
}
