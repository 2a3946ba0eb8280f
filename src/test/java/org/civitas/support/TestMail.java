package org.civitas.support;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/** A real SMTP server (GreenMail) in the test JVM, on a free port that the Spring context sends to. */
public final class TestMail {

    private static final int PORT = FreePort.find();
    private static GreenMail server = start();

    private TestMail() {
    }

    public static int port() {
        return PORT;
    }

    private static GreenMail start() {
        var mail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    /** Simulates a mail server outage. */
    public static synchronized void stop() {
        server.stop();
    }

    public static synchronized void restart() {
        server = start();
    }

    /**
     * Forgets every mailbox. GreenMail creates a mailbox per new recipient with a linear scan of the existing ones,
     * so a benchmark mailing thousands of voters clears it between runs to measure Civitas rather than GreenMail.
     */
    public static synchronized void clear() {
        server.reset();
    }

    /** Waits until {@code to} has received a mail whose subject contains {@code subjectPart}, and returns it. */
    public static MimeMessage awaitMail(String to, String subjectPart, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            for (MimeMessage m : received()) {
                if (isTo(m, to) && subject(m).contains(subjectPart)) {
                    return m;
                }
            }
            sleep();
        }
        throw new AssertionError("No mail to " + to + " with subject containing '" + subjectPart + "' within " + timeout);
    }

    public static List<MimeMessage> mailsTo(String to) {
        return Arrays.stream(received()).filter(m -> isTo(m, to)).toList();
    }

    /** The plain-text part of a mail. */
    public static String text(MimeMessage message) {
        try {
            var multipart = (jakarta.mail.Multipart) message.getContent();
            return findText(multipart);
        } catch (Exception e) {
            return GreenMailUtil.getBody(message);
        }
    }

    /** The first link in a mail's text that contains {@code path}. */
    public static String link(MimeMessage message, String path) {
        return Arrays.stream(text(message).split("\\s+")).filter(w -> w.contains(path)).findFirst()
                .orElseThrow(() -> new AssertionError("No link to " + path + " in: " + text(message)));
    }

    private static String findText(jakarta.mail.Multipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof jakarta.mail.Multipart nested) {
                String text = findText(nested);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static synchronized MimeMessage[] received() {
        return server.getReceivedMessages();
    }

    private static boolean isTo(MimeMessage m, String to) {
        try {
            return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equalsIgnoreCase(to));
        } catch (MessagingException e) {
            return false;
        }
    }

    public static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
