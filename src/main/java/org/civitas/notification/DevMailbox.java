package org.civitas.notification;

import java.util.List;

/** In development, every mail Civitas sends lands in an in-process mail server; this lists them. */
public interface DevMailbox {

    record SentMail(String to, String subject, String text) {
    }

    /** The mails received so far, newest first. */
    List<SentMail> sentMails();
}
