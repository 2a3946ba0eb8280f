package org.civitas.notification.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.civitas.notification.DevMailbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/** The development mail server (GreenMail): a new developer sees every sent mail without an SMTP server. */
@Component
@Profile("dev")
class DevMailServer implements DevMailbox {

    private final GreenMail greenMail;

    DevMailServer(@Value("${civitas.dev-mail.port}") int port) {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    @Override
    public List<SentMail> sentMails() {
        List<SentMail> mails = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            mails.add(read(message));
        }
        Collections.reverse(mails);
        return mails;
    }

    private static SentMail read(MimeMessage message) {
        try {
            String to = String.join(", ", Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(Object::toString).toList());
            return new SentMail(to, message.getSubject(), GreenMailUtil.getBody(message));
        } catch (MessagingException e) {
            return new SentMail("?", "?", e.getMessage());
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        greenMail.stop();
    }
}
