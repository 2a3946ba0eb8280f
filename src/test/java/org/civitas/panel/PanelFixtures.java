package org.civitas.panel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civitas.identity.Role;
import org.civitas.shared.Formats;
import org.civitas.shared.Language;
import org.civitas.support.TestAccounts;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Panels for tests, set up as a coordinator would: the shared sample example_small_20 (200 volunteers, gender and
 * leaning, 20 seats) entered as paper registrations with an address each, so that invitations are mailed.
 */
@Component
public class PanelFixtures {

    public static final Path SMALL = Path.of("../shared/data/sortition/example_small_20");

    private final PanelService panels;
    private final VolunteerService volunteers;
    private final DrawService draws;
    private final MembershipService memberships;
    private final TestAccounts accounts;
    private final Clock clock;

    PanelFixtures(PanelService panels, VolunteerService volunteers, DrawService draws, MembershipService memberships,
            TestAccounts accounts, Clock clock) {
        this.panels = panels;
        this.volunteers = volunteers;
        this.draws = draws;
        this.memberships = memberships;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * A small panel, drawn, whose 20 members accepted their invitations signed in, each with a new account (so each
     * can vote and take part); their emails in the order of the seats.
     */
    public List<String> drawnWithAcceptedMembers(long panelId) {
        registerSample(panelId);
        asOfficial(() -> {
            panels.closeRegistration(panelId);
            return draws.draw(panelId);
        });
        List<String> emails = new ArrayList<>();
        for (MemberSummary seat : asOfficial(() -> memberships.list(panelId))) {
            String email = accounts.create(Role.RESIDENT);
            accounts.signIn(email);
            memberships.answer(invitationSecret(panelId, seat.name()), true);
            emails.add(email);
        }
        SecurityContextHolder.clearContext();
        return emails;
    }

    /** Someone with an account invited in a role by a coordinator, who accepts through the mailed link. */
    public String inRole(long panelId, MemberRole role) {
        String email = accounts.create(Role.RESIDENT);
        asOfficial(() -> {
            memberships.add(panelId, email, role);
            return null;
        });
        var mail = org.civitas.support.TestMail.awaitMail(email, "", java.time.Duration.ofSeconds(30));
        String link = org.civitas.support.TestMail.link(mail, "/panels/invitation/");
        accounts.signIn(email);
        memberships.answer(link.substring(link.lastIndexOf('/') + 1), true);
        SecurityContextHolder.clearContext();
        return email;
    }

    /** A panel recruiting until a week from now, with example_small_20's quotas and seed "4 8 15 16 23 42". */
    public long smallPanel(int reserves) {
        return create(form(reserves));
    }

    public PanelForm form(int reserves) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.CITY_ZONE);
        var form = new PanelForm().setSize(20).setReserves(reserves).setSeed("4 8 15 16 23 42")
                .setRegistrationCloses(today.plusDays(7)).setDeliberationStarts(today.plusDays(14))
                .setDeliberationEnds(today.plusDays(60)).setQuotas(quotas());
        form.question(Language.PL, "Jak ochłodzić Kraków w czasie upałów?")
                .description(Language.PL, "Panel szuka sposobów na **upały**.")
                .question(Language.EN, "How should Kraków keep cool in heatwaves?")
                .description(Language.EN, "The panel looks for ways to beat the **heat**.");
        return form;
    }

    public long create(PanelForm form) {
        return asOfficial(() -> panels.create(form));
    }

    /** The 200 sample volunteers on paper, volunteer i with address volunteer-i-PANEL@example.org; their ids in order. */
    public List<Long> registerSample(long panelId) {
        List<Map<String, String>> sample = sample();
        return asOfficial(() -> {
            List<Long> ids = new ArrayList<>();
            for (int i = 1; i <= sample.size(); i++) {
                ids.add(volunteers.registerOnPaper(panelId, new VolunteerRegistration(sample.get(i - 1), Language.EN,
                        "", true, "Volunteer " + i, email(panelId, i))));
            }
            return ids;
        });
    }

    /** The answers of example_small_20's volunteers, in file order. */
    public static List<Map<String, String>> sample() {
        List<String[]> rows = rows(SMALL.resolve("respondents.csv"));
        String[] header = rows.get(0);
        List<Map<String, String>> sample = new ArrayList<>();
        for (String[] row : rows.subList(1, rows.size())) {
            Map<String, String> answers = new HashMap<>();
            for (int c = 0; c < header.length; c++) {
                answers.put(header[c], row[c]);
            }
            sample.add(answers);
        }
        return sample;
    }

    /** Lets the mail outbox deliver what it would wrongly deliver, before a test checks that nothing more came. */
    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The invitation link's secret, from the mail the sample volunteer got. */
    public static String invitationSecret(long panelId, String volunteerName) {
        int i = Integer.parseInt(volunteerName.substring("Volunteer ".length()));
        var mail = org.civitas.support.TestMail.awaitMail(email(panelId, i), "", java.time.Duration.ofSeconds(30));
        String link = org.civitas.support.TestMail.link(mail, "/panels/invitation/");
        return link.substring(link.lastIndexOf('/') + 1);
    }

    public static String email(long panelId, int i) {
        return "volunteer-" + i + "-" + panelId + "@example.org";
    }

    public <T> T asOfficial(java.util.function.Supplier<T> action) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        accounts.signIn(accounts.create(Role.OFFICIAL));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    public static List<Quota> quotas() {
        List<Quota> quotas = new ArrayList<>();
        List<String[]> rows = rows(SMALL.resolve("categories.csv"));
        for (String[] row : rows.subList(1, rows.size())) {
            quotas.add(new Quota(row[0], row[1], Integer.parseInt(row[2]), Integer.parseInt(row[3])));
        }
        return quotas;
    }

    private static List<String[]> rows(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).map(l -> l.split(",")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
