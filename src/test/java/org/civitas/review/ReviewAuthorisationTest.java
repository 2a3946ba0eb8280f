package org.civitas.review;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.civitas.budget.EditionDetails;
import org.civitas.identity.Role;
import org.civitas.proposal.ProposalFixtures;
import org.civitas.proposal.SupportService;
import org.civitas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every review service method, called by a visitor, a resident, an admin and an official: only officials get
 * through, whatever a view shows.
 */
class ReviewAuthorisationTest extends IntegrationTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    ReviewQueueService queue;
    @Autowired
    AuditService audit;
    @Autowired
    SupportService supports;
    @Autowired
    ProposalFixtures fixtures;
    @Autowired
    CityUnitService cityUnits;
    @Autowired
    HearingService hearings;
    @Autowired
    FinalListService finalList;
    @Autowired
    org.civitas.proposal.ModerationService moderation;

    /** An official gets past the role check and meets the rule: no such protest. */
    private static void assertRefusedAsOfficial(Runnable call) {
        try {
            call.run();
        } catch (ReviewRuleException expected) {
            return;
        }
        throw new AssertionError("expected the rule to refuse an unknown protest");
    }

    @Test
    void only_officials_review_hear_and_moderate_and_only_admins_read_the_audit_log_and_configure_units() {
        EditionDetails edition = fixtures.edition();
        var proposal = fixtures.submitted(edition, "Ławki nad Wisłą");
        accounts.signIn(accounts.create(Role.OFFICIAL));
        supports.recordPaperSupports(proposal.id(), 15);
        long id = proposal.id();
        long hideable = fixtures.submitted(edition, "Do ukrycia").id();
        Map<String, Runnable> official = new LinkedHashMap<>();
        official.put("queue", () -> queue.queue(edition.id(), ReviewFilter.ANY));
        official.put("details", () -> queue.details(id));
        official.put("units", () -> queue.units());
        official.put("assignees", () -> queue.assignees());
        official.put("assign", () -> reviews.assign(id, null, null));
        official.put("check", () -> reviews.check(id, Checklist.EMPTY));
        official.put("correctCost", () -> reviews.correctCost(id, BigDecimal.TEN, "x"));
        official.put("addNote", () -> reviews.addNote(id, "x"));
        official.put("requestChanges", () -> reviews.requestChanges(id, "x", LocalDate.now().plusDays(30)));
        official.put("decide", () -> reviews.decide(id, false, ReasonTemplate.NOT_FEASIBLE, ""));
        official.put("protests", () -> hearings.protests(edition.id()));
        official.put("schedule", () -> assertRefusedAsOfficial(() -> hearings.schedule(-1, java.time.Instant.now().plusSeconds(3600), "Sala", "")));
        official.put("decideProtest", () -> assertRefusedAsOfficial(() -> hearings.decide(-1, true, "x")));
        official.put("publishFinalList", () -> finalList.publish(edition.id()));
        official.put("reports", () -> moderation.open());
        official.put("hide", () -> moderation.hide(org.civitas.proposal.ReportTarget.PROPOSAL, hideable, "Reklama"));
        official.put("dismiss", () -> moderation.dismiss(org.civitas.proposal.ReportTarget.COMMENT, -1));
        Map<String, Runnable> admin = new LinkedHashMap<>();
        admin.put("page", () -> audit.page(0, 10));
        admin.put("count", () -> audit.count());
        admin.put("of", () -> audit.of("proposal", id));
        admin.put("csv", () -> audit.csv());
        admin.put("units", () -> cityUnits.all());
        admin.put("createUnit", () -> cityUnits.create("T" + System.nanoTime(),
                java.util.Map.of(org.civitas.shared.Language.PL, "Wydział testowy")));

        String resident = accounts.create(Role.RESIDENT);
        String anAdmin = accounts.create(Role.ADMIN);
        String anOfficial = accounts.create(Role.OFFICIAL);
        Consumer<String> as = email -> {
            if (email == null) {
                SecurityContextHolder.clearContext();
            } else {
                accounts.signIn(email);
            }
        };
        for (var call : official.entrySet()) {
            as.accept(null);
            assertThatThrownBy(call.getValue()::run).as("visitor: " + call.getKey())
                    .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
            for (String caller : new String[] {resident, anAdmin}) {
                as.accept(caller);
                assertThatThrownBy(call.getValue()::run).as(caller + ": " + call.getKey())
                        .isInstanceOf(AccessDeniedException.class);
            }
            as.accept(anOfficial);
            assertThatCode(call.getValue()::run).as("official: " + call.getKey()).doesNotThrowAnyException();
        }
        for (var call : admin.entrySet()) {
            for (String caller : new String[] {resident, anOfficial}) {
                as.accept(caller);
                assertThatThrownBy(call.getValue()::run).as(caller + ": " + call.getKey())
                        .isInstanceOf(AccessDeniedException.class);
            }
            as.accept(anAdmin);
            assertThatCode(call.getValue()::run).as("admin: " + call.getKey()).doesNotThrowAnyException();
        }
    }
}
