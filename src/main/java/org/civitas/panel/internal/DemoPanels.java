package org.civitas.panel.internal;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.civitas.panel.Channel;
import org.civitas.panel.PanelForm;
import org.civitas.panel.Quota;
import org.civitas.panel.VolunteerRegistration;
import org.civitas.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two demo panels, so a visitor sees both ends of the process: one recruiting, which the demo resident may
 * volunteer for, and one drawn from 90 paper volunteers (a fixed seed, so every start draws the same), with a
 * session, a material, a passed recommendation the city answered and one that did not pass. The demo resident
 * observes the drawn one, so she can open its room. Runs once: not when the drawn demo panel exists.
 */
@Component
@Profile("dev")
@Order(70)
class DemoPanels implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPanels.class);
    private static final List<String> GENDERS = List.of("kobieta", "mężczyzna");
    static final String NIGHT = "Jak poprawić nocną komunikację miejską w Krakowie?";
    private static final List<String> AGES = List.of("18–34", "35–59", "60+");

    private final Panels panels;
    private final Registrations registrations;
    private final Draws draws;
    private final DemoPanelParts parts;

    DemoPanels(Panels panels, Registrations registrations, Draws draws, DemoPanelParts parts) {
        this.panels = panels;
        this.registrations = registrations;
        this.draws = draws;
        this.parts = parts;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (panels.list(Language.PL).stream().anyMatch(p -> p.question().equals(NIGHT))) {
            return;
        }
        try {
            var today = panels.today();
            PanelForm night = form(NIGHT,
                    "How can Kraków’s night-time public transport be improved?", 12, 3)
                    .setRegistrationCloses(today).setDeliberationStarts(today).setDeliberationEnds(today)
                    .setSeed("3 14 15 92 65 35");
            long drawn = panels.create(night);
            volunteers(drawn, 90, new Random(2026));
            // registered, then dated as the past panel it stands for
            panels.update(drawn, night.setRegistrationCloses(today.minusDays(40))
                    .setDeliberationStarts(today.minusDays(30)).setDeliberationEnds(today.minusDays(5)));
            panels.closeRegistration(drawn);
            draws.draw(drawn);
            parts.deliberated(drawn);
            long recruiting = panels.create(form("Jak Kraków ma się przygotować na coraz gorętsze lata?",
                    "How should Kraków prepare for ever hotter summers?", 24, 6)
                    .setRegistrationCloses(today.plusDays(21)).setDeliberationStarts(today.plusDays(35))
                    .setDeliberationEnds(today.plusDays(90)));
            volunteers(recruiting, 40, new Random(2027));
            log.info("Seeded demo panels {} (drawn) and {} (recruiting)", drawn, recruiting);
        } catch (RuntimeException e) {
            // the demo is still worth starting without its panels
            log.warn("No demo panels: {}", e.toString());
        }
    }

    private static PanelForm form(String polish, String english, int size, int reserves) {
        int half = size / 2;
        var form = new PanelForm().setSize(size).setReserves(reserves).setQuotas(List.of(
                new Quota("płeć", "kobieta", half - 1, half + 1), new Quota("płeć", "mężczyzna", half - 1, half + 1),
                new Quota("wiek", "18–34", size / 4, size / 2), new Quota("wiek", "35–59", size / 4, size / 2),
                new Quota("wiek", "60+", size / 6, size / 3)));
        form.question(Language.PL, polish).question(Language.EN, english)
                .description(Language.PL, "Panel obywatelski to grupa mieszkańców wylosowana tak, by przypominała"
                        + " Kraków. Uczestnicy poznają opinie ekspertów, dyskutują i głosują rekomendacje, na które"
                        + " miasto musi odpowiedzieć.")
                .description(Language.EN, "A citizens’ panel is a group of residents drawn by lot to look like"
                        + " Kraków. Its members hear experts, discuss and vote recommendations the city must answer.");
        return form;
    }

    private void volunteers(long panelId, int count, Random random) {
        for (int i = 1; i <= count; i++) {
            var answers = Map.of("płeć", GENDERS.get(random.nextInt(2)), "wiek", AGES.get(random.nextInt(3)));
            registrations.register(panelId, new VolunteerRegistration(answers, Language.PL, "", true, null, null),
                    null, "Mieszkaniec " + i, null, Channel.PAPER);
        }
    }
}
