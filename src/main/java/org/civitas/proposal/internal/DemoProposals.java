package org.civitas.proposal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civitas.budget.DistrictService;
import org.civitas.budget.DistrictSummary;
import org.civitas.budget.EditionDetails;
import org.civitas.budget.EditionService;
import org.civitas.budget.Phase;
import org.civitas.budget.PoolSummary;
import org.civitas.identity.Contacts;
import org.civitas.proposal.CostItemForm;
import org.civitas.proposal.ProposalForm;
import org.civitas.proposal.ProposalStatus;
import org.civitas.proposal.TranslationForm;
import org.civitas.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The demo proposals ({@code demo/proposals.json}, written by their demo authors in six languages), seeded in the
 * dev profile into the edition open for submission, once. Their submission days are spread over the last two
 * weeks, so some still collect supporters and some already went to verification.
 */
@Component
@Profile("dev")
@Order(30)
class DemoProposals implements ApplicationRunner {

    record Item(String description, BigDecimal quantity, BigDecimal unitPrice) {
    }

    record Text(String title, String summary, String description) {
    }

    record Demo(String author, Integer district, String category, String language, String title, String summary,
            String description, String address, BigDecimal latitude, BigDecimal longitude, List<Item> items,
            Map<String, Text> translations, ProposalStatus status, int paperSupports) {
    }

    private static final Logger log = LoggerFactory.getLogger(DemoProposals.class);
    private final ProposalRepository proposals;
    private final EditionService editions;
    private final DistrictService districts;
    private final Contacts contacts;
    private final ObjectMapper json;

    DemoProposals(ProposalRepository proposals, EditionService editions, DistrictService districts,
            Contacts contacts, ObjectMapper json) {
        this.proposals = proposals;
        this.editions = editions;
        this.districts = districts;
        this.contacts = contacts;
        this.json = json;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        LocalDate today = editions.today();
        List<Demo> demos;
        try (InputStream in = new ClassPathResource("demo/proposals.json").getInputStream()) {
            demos = json.readValue(in, new TypeReference<List<Demo>>() { });
        }
        inPhase(Phase.SUBMISSION, today).ifPresent(edition -> seed(demos, edition, today, null));
        // the same proposals stand on the final list of the edition whose vote is open, so a visitor can vote
        inPhase(Phase.VOTING, today).ifPresent(edition -> seed(demos, edition,
                edition.phase(Phase.VOTING).get().start().minusDays(90), ProposalStatus.ON_BALLOT));
    }

    private Optional<EditionDetails> inPhase(Phase phase, LocalDate today) {
        return editions.editions().stream().map(e -> editions.details(e.id()))
                .filter(e -> e.phase(phase).map(s -> s.covers(today)).orElse(false)).findFirst()
                .filter(e -> proposals.countByEditionId(e.id()) == 0);
    }

    private void seed(List<Demo> demos, EditionDetails edition, LocalDate today, ProposalStatus status) {
        for (int i = 0; i < demos.size(); i++) {
            seed(demos.get(i), i, edition, today, status);
        }
        log.info("Seeded {} demo proposals in edition {}", demos.size(), edition.id());
    }

    private void seed(Demo demo, int index, EditionDetails edition, LocalDate today, ProposalStatus status) {
        long author = contacts.byEmail(demo.author()).orElseThrow().accountId();
        Language language = Language.fromCode(demo.language()).orElseThrow();
        int daysAgo = switch (demo.status()) {
            case COLLECTING_SUPPORT -> index % 8;
            case LACKING_SUPPORT -> 12;
            default -> 5 + index % 9;
        };
        var submitted = today.minusDays(daysAgo).atTime(9 + index % 9, 7 * index % 60).atZone(
                org.civitas.shared.Formats.CITY_ZONE).toInstant();
        var proposal = new Proposal(edition.id(), author, language, submitted.minus(Duration.ofDays(2)));
        proposal.update(form(demo, language, edition), submitted);
        proposal.submit(submitted, today.minusDays(daysAgo).plusDays(edition.support().days()));
        proposal.recordPaperSupports(demo.paperSupports());
        proposal.moveTo(status == null ? demo.status() : status);
        proposals.save(proposal);
    }

    private ProposalForm form(Demo demo, Language language, EditionDetails edition) {
        var form = new ProposalForm();
        form.setLanguage(language);
        form.setTitle(demo.title());
        form.setSummary(demo.summary());
        form.setDescription(demo.description());
        form.setAddress(demo.address());
        form.setLatitude(demo.latitude());
        form.setLongitude(demo.longitude());
        form.setPoolId(pool(demo.district(), edition));
        // an edition without the demo's category (a test's) files the proposal under its first one
        form.setCategoryId(edition.categories().stream().filter(c -> c.name().in(Language.PL).equals(demo.category()))
                .findFirst().orElse(edition.categories().get(0)).id());
        demo.items().forEach(i -> form.getCostItems().add(new CostItemForm(i.description(), i.quantity(), i.unitPrice())));
        if (demo.translations() != null) {
            demo.translations().forEach((code, t) -> form.getTranslations().put(Language.fromCode(code).orElseThrow(),
                    new TranslationForm(t.title(), t.summary(), t.description())));
        }
        return form;
    }

    private long pool(Integer districtNumber, EditionDetails edition) {
        Long districtId = districtNumber == null ? null : districts.all().stream()
                .filter(d -> d.number() == districtNumber).map(DistrictSummary::id).findFirst().orElseThrow();
        return edition.pools().stream().filter(p -> districtId == null ? p.cityWide() : districtId.equals(p.districtId()))
                .map(PoolSummary::id).findFirst().orElseThrow();
    }
}
