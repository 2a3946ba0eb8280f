package org.civitas.panel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.civitas.identity.Contacts;
import org.civitas.identity.internal.AccountRepository;
import org.civitas.panel.MemberRole;
import org.civitas.panel.MemberStatus;
import org.civitas.panel.PanelStatus;
import org.civitas.panel.RecommendationStatus;
import org.civitas.shared.Language;
import org.civitas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

class DemoPanelsTest extends IntegrationTest {

    private static final List<String> PEOPLE = List.of("tomasz.wojcik", "anna.nowak", "resident", "official");

    @Autowired
    ApplicationContext context;
    @Autowired
    Contacts contacts;
    @Autowired
    AccountRepository accountRepository;
    @Autowired
    Panels panels;
    @Autowired
    MemberRepository members;
    @Autowired
    RecommendationPages recommendations;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void the_demo_panels_are_not_seeded_outside_dev() {
        assertThat(context.getBeansOfType(DemoPanels.class)).isEmpty();
    }

    @Test
    void seeds_a_drawn_panel_with_its_deliberation_and_a_recruiting_one_once() {
        for (String person : PEOPLE) {
            if (contacts.byEmail(person + "@civitas.demo").isEmpty()) {
                var account = accounts.find(accounts.create());
                // the demo people's addresses, on throwaway accounts of this test database
                ReflectionTestUtils.setField(account, "email", person + "@civitas.demo");
                accountRepository.save(account);
            }
        }
        var recs = new DemoRecommendations(context.getBean(RecommendationRepository.class),
                context.getBean(RecommendationVersionRepository.class), context.getBean(CityAnswerRepository.class),
                members, clock);
        var parts = new DemoPanelParts(panels, members, context.getBean(Invitations.class),
                context.getBean(Deliberations.class), recs, contacts, clock);
        var seeder = new DemoPanels(panels, context.getBean(Registrations.class), context.getBean(Draws.class), parts);
        transaction.executeWithoutResult(t -> seeder.run(null));
        transaction.executeWithoutResult(t -> seeder.run(null));

        var drawn = transaction.execute(t -> panels.list(Language.PL)).stream().filter(p -> p.question().equals(DemoPanels.NIGHT)).toList();
        assertThat(drawn).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(PanelStatus.DRAWN);
            assertThat(p.volunteers()).isEqualTo(90);
        });
        long id = drawn.get(0).id();
        var people = members.findByPanelIdOrderById(id);
        assertThat(people.stream().filter(m -> m.getRole() == MemberRole.MEMBER)).hasSize(12)
                .allSatisfy(m -> assertThat(m.getStatus()).isEqualTo(MemberStatus.ACCEPTED));
        assertThat(people.stream().filter(m -> m.getRole() == MemberRole.OBSERVER)).hasSize(1);
        var decided = transaction.execute(t -> recommendations.decided(id));
        assertThat(decided).extracting(r -> r.status())
                .containsExactly(RecommendationStatus.PASSED, RecommendationStatus.NOT_PASSED);
        assertThat(decided.get(0).answer().reasons()).contains("901");
        assertThat(transaction.execute(t -> panels.list(Language.PL)).stream().filter(p -> p.status() == PanelStatus.RECRUITING
                && p.question().startsWith("Jak Kraków ma się przygotować"))).isNotEmpty();
    }
}
