package org.civitas.panel;

import java.util.Map;

import org.civitas.shared.Language;

/**
 * A volunteer's registration: the answer to each stratification question, the language they want to take part in,
 * any accessibility or interpretation needs, and their consent. Name and email come from the account online;
 * on a paper form an official types them (the email may be missing: the invitation then goes by post). The code
 * of an invitation letter is optional: registration may be open to everyone, not only to those invited.
 */
public record VolunteerRegistration(Map<String, String> answers, Language language, String needs, boolean consent,
        String name, String email, String invitationCode) {

    public VolunteerRegistration {
        answers = Map.copyOf(answers);
    }

    public VolunteerRegistration(Map<String, String> answers, Language language, String needs, boolean consent,
            String name, String email) {
        this(answers, language, needs, consent, name, email, null);
    }

    public static VolunteerRegistration online(Map<String, String> answers, Language language, String needs,
            boolean consent) {
        return new VolunteerRegistration(answers, language, needs, consent, null, null);
    }
}
