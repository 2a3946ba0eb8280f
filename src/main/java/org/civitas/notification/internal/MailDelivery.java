package org.civitas.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Sends one rendered mail as text and HTML alternatives. A failure is thrown, so the outbox retries it. */
@Component
public class MailDelivery {

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
