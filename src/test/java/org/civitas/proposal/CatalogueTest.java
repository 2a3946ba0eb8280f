package org.civitas.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import org.civitas.budget.EditionDetails;
import org.civitas.shared.Language;
import org.civitas.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class CatalogueTest extends IntegrationTest {

    @Autowired
    CatalogueService catalogue;
    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalFixtures fixtures;
    @Autowired
    TestRestTemplate http;

    EditionDetails edition;
    ProposalFixtures.Submitted benches;
    ProposalFixtures.Submitted bikes;
    long draft;

    @BeforeEach
    void proposals() {
        edition = fixtures.edition();
        benches = fixtures.submitted(edition, "Ławki w parku Bednarskiego");
        bikes = fixtures.submitted(edition, "Stojaki rowerowe przy szkole");
        var translated = fixtures.complete(edition, bikes.pool(), "Stojaki rowerowe przy szkole");
        translated.translation(Language.UK).setTitle("Велопарковка біля школи");
        translated.translation(Language.UK).setSummary("Двадцять стійок для велосипедів.");
        proposals.save(bikes.id(), translated);
        draft = proposals.startDraft(edition.id());
        var secret = fixtures.complete(edition, bikes.pool(), "Tajny szkic o ławkach");
        proposals.save(draft, secret);
        SecurityContextHolder.clearContext();
    }

    @Test
    void finds_submitted_proposals_by_words_in_any_language_but_never_drafts() {
        assertThat(titles(query("bednarskiego", null), Language.PL)).containsExactly("Ławki w parku Bednarskiego");
        assertThat(titles(query("велопарковка", null), Language.PL)).containsExactly("Stojaki rowerowe przy szkole");
        assertThat(titles(query("", null), Language.PL)).hasSize(2).doesNotContain("Tajny szkic o ławkach");
        assertThat(catalogue.search(query("", null), 0, 10)).allSatisfy(c -> assertThat(c.thumbnailId()).isNull());
        assertThat(catalogue.page(draft, Language.PL)).as("a draft's page is for its authors").isEmpty();
    }

    @Test
    void shows_the_authors_translation_to_its_readers_and_the_original_to_others() {
        var query = new CatalogueQuery(edition.id(), "rowerowe", null, null, null, null, CatalogueQuery.Order.NEWEST,
                Language.UK);
        var card = catalogue.search(query, 0, 10).get(0);
        assertThat(card.title()).isEqualTo("Велопарковка біля школи");
        assertThat(card.translated()).isTrue();
        var page = catalogue.page(bikes.id(), Language.KA).orElseThrow();
        assertThat(page.title()).isEqualTo("Stojaki rowerowe przy szkole");
        assertThat(page.shownIn()).isEqualTo(Language.PL);
        assertThat(page.translations()).containsExactly(Language.UK);
    }

    @Test
    void filters_by_status_and_orders_by_supporters() {
        var collecting = new CatalogueQuery(edition.id(), "", null, null, ProposalStatus.COLLECTING_SUPPORT, null,
                CatalogueQuery.Order.NEWEST, Language.PL);
        assertThat(catalogue.count(collecting)).isEqualTo(2);
        var withdrawn = new CatalogueQuery(edition.id(), "", null, null, ProposalStatus.WITHDRAWN, null,
                CatalogueQuery.Order.NEWEST, Language.PL);
        assertThat(catalogue.count(withdrawn)).isZero();
        var english = new CatalogueQuery(edition.id(), "", null, null, null, Language.EN, CatalogueQuery.Order.NEWEST,
                Language.PL);
        assertThat(catalogue.count(english)).isZero();
    }

    @Test
    void publishes_the_editions_projects_as_open_data_without_drafts_or_authors() throws Exception {
        var response = http.getForEntity("/api/v1/editions/" + edition.id() + "/projects", String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode projects = new ObjectMapper().readTree(response.getBody());
        assertThat(projects).hasSize(2);
        JsonNode first = projects.get(0);
        assertThat(first.fieldNames()).toIterable().containsExactlyInAnyOrder("id", "title", "summary", "language",
                "pool", "categoryId", "cost", "currency", "status", "supports");
        assertThat(first.path("cost").decimalValue()).isEqualByComparingTo("10000");
        assertThat(response.getBody()).doesNotContain("Tajny").doesNotContain("@example.org");
        assertThat(http.getForEntity("/api/v1/editions/999999999/projects", String.class).getStatusCode().value())
                .isEqualTo(404);
    }

    private CatalogueQuery query(String text, ProposalStatus status) {
        return new CatalogueQuery(edition.id(), text, null, null, status, null, CatalogueQuery.Order.NEWEST, Language.PL);
    }

    private java.util.List<String> titles(CatalogueQuery query, Language reader) {
        return catalogue.search(query, 0, 20).stream().map(ProposalCard::title).toList();
    }
}
