package org.civitas.notification.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.civitas.identity.Contact;
import org.civitas.identity.Contacts;
import org.civitas.identity.Role;
import org.civitas.panel.AnswerDue;
import org.civitas.panel.CityAnswered;
import org.civitas.panel.MemberInvited;
import org.civitas.panel.MemberRole;
import org.civitas.panel.RecommendationDecided;
import org.civitas.panel.RecommendationVoteOpened;
import org.civitas.panel.SessionScheduled;
import org.civitas.shared.Formats;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Citizens' panels by mail, each in the recipient's language: invitations with their answer link (mandatory: a seat
 * waits for the answer), sessions scheduled for the panel's people, the opening and the result of each
 * recommendation's vote, the city's answers and their implementation for the panel's people and followers, and
 * reminders to officials of answers falling due.
 */
@Component
class PanelMails {

    private final NoticeMails notices;
    private final Contacts contacts;
    private final org.springframework.context.ApplicationEventPublisher events;

    PanelMails(NoticeMails notices, Contacts contacts, org.springframework.context.ApplicationEventPublisher events) {
        this.notices = notices;
        this.contacts = contacts;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(MemberInvited e) {
        if (e.email() == null) {
            return; // a paper volunteer without an address: the coordinator writes or calls
        }
        var to = new Contact(0, e.email(), e.name(), e.language());
        Locale locale = e.language().locale();
        String date = Formats.date(e.respondBy(), locale);
        String path = "/panels/invitation/" + e.secret();
        if (e.role() == MemberRole.MEMBER) {
            notices.send(to, null, "panel-invitation", path, List.of(e.question(), date));
        } else {
            notices.send(to, null, "panel-invitation-role", path,
                    List.of(e.question(), notices.text("mail.panel.role." + e.role().name().toLowerCase(Locale.ROOT),
                            locale), date));
        }
    }

    @ApplicationModuleListener
    void on(RecommendationVoteOpened e) {
        fanOut(e.accountIds(), "panel-vote-opened", "/panels/" + e.panelId() + "/room", locale -> List.of(e.title(),
                Formats.dateTime(e.closesAt().atZone(Formats.CITY_ZONE), locale)));
    }

    @ApplicationModuleListener
    void on(SessionScheduled e) {
        fanOut(e.accountIds(), "panel-session", "/panels/" + e.panelId() + "/room", locale -> List.of(e.title(),
                Formats.dateTime(e.startsAt().atZone(Formats.CITY_ZONE), locale),
                e.place().isEmpty() ? notices.text("mail.panel.session.online", locale) : e.place()));
    }

    @ApplicationModuleListener
    void on(RecommendationDecided e) {
        int cast = e.support() + e.oppose() + e.abstain();
        String share = cast == 0 ? "0" : String.valueOf(Math.round(100.0 * e.support() / cast));
        fanOut(e.accountIds(), e.passed() ? "panel-recommendation-passed" : "panel-recommendation-not-passed",
                "/panels/" + e.panelId(), locale -> List.of(e.title(), String.valueOf(e.support()),
                        String.valueOf(cast), share, String.valueOf(e.thresholdPercent())));
    }

    @ApplicationModuleListener
    void on(CityAnswered e) {
        String path = "/panels/" + e.panelId();
        if (e.progress() == null) {
            fanOut(e.accountIds(), "panel-city-answer", path, locale -> List.of(e.title(), notices.text(
                    "mail.panel.decision." + e.decision().name().toLowerCase(Locale.ROOT), locale), e.text()));
        } else {
            fanOut(e.accountIds(), "panel-answer-progress", path, locale -> List.of(e.title(), notices.text(
                    "mail.panel.progress." + e.progress().name().toLowerCase(Locale.ROOT), locale), e.text()));
        }
    }

    @ApplicationModuleListener
    void on(AnswerDue e) {
        List<Long> officials = contacts.withRole(Role.OFFICIAL).stream().map(Contact::accountId).toList();
        fanOut(officials, e.overdue() ? "panel-answer-overdue" : "panel-answer-due", "/panels/" + e.panelId(),
                locale -> List.of(e.title(), Formats.date(e.dueOn(), locale)));
    }

    @ApplicationModuleListener
    void on(PanelNewsMail mail) {
        contacts.byId(mail.accountId()).ifPresent(to -> notices.send(to, null, mail.template(), mail.path(),
                List.copyOf(mail.args())));
    }

    private void fanOut(List<Long> accountIds, String template, String path, Function<Locale, List<String>> args) {
        for (long id : accountIds) {
            contacts.byId(id).ifPresent(to -> events.publishEvent(
                    new PanelNewsMail(id, template, path, args.apply(to.language().locale()))));
        }
    }
}
