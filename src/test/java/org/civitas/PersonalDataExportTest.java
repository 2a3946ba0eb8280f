package org.civitas;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.civitas.budget.EditionDetails;
import org.civitas.budget.PoolSummary;
import org.civitas.identity.ProfileService;
import org.civitas.identity.Role;
import org.civitas.panel.PanelFixtures;
import org.civitas.panel.PanelFollowService;
import org.civitas.panel.VolunteerRegistration;
import org.civitas.panel.VolunteerService;
import org.civitas.proposal.BallotFixtures;
import org.civitas.shared.Language;
import org.civitas.support.IntegrationTest;
import org.civitas.voting.Identities;
import org.civitas.voting.KrakowBallot;
import org.civitas.voting.VotingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A person's data export holds what every module keeps about them (GDPR art. 15 and 20), not only the account:
 * here a panel registration with its sensitive answers and needs, a followed panel and a vote, but not how they
 * voted nor the identity they typed to vote.
 */
class PersonalDataExportTest extends IntegrationTest {

    @Autowired
    ProfileService profiles;
    @Autowired
    PanelFixtures panels;
    @Autowired
    VolunteerService volunteers;
    @Autowired
    PanelFollowService follows;
    @Autowired
    BallotFixtures ballots;
    @Autowired
    VotingService voting;

    @Test
    void the_export_holds_each_modules_data_about_the_person_but_not_their_ballot() throws Exception {
        long panel = panels.smallPanel(0);
        EditionDetails edition = ballots.openKrakowVote();
        PoolSummary city = ballots.cityPool(edition);
        PoolSummary district = ballots.districtPool(edition);
        List<Long> cityProjects = ballots.onBallot(edition, city, 3, new BigDecimal("100000"));
        List<Long> districtProjects = ballots.onBallot(edition, district, 3, new BigDecimal("10000"));
        accounts.signIn(accounts.create(Role.RESIDENT));
        volunteers.register(panel, VolunteerRegistration.online(Map.of("gender", "female", "leaning", "liberal"),
                Language.UK, "a Ukrainian interpreter", true));
        follows.follow(panel);
        voting.cast(edition.id(), Identities.pesel(8201), district.districtId(),
                KrakowBallot.of(city, cityProjects, district, districtProjects));

        String text = new String(profiles.exportMyData(), StandardCharsets.UTF_8);
        JsonNode json = new ObjectMapper().readTree(text);

        JsonNode volunteered = json.at("/panels/volunteered/0");
        assertThat(volunteered.get("panelId").asLong()).isEqualTo(panel);
        assertThat(volunteered.at("/answers/gender").asText()).isEqualTo("female");
        assertThat(volunteered.at("/answers/leaning").asText()).isEqualTo("liberal");
        assertThat(volunteered.get("needs").asText()).isEqualTo("a Ukrainian interpreter");
        assertThat(json.at("/panels/followed/0/panelId").asLong()).isEqualTo(panel);
        assertThat(json.at("/votes/0/editionId").asLong()).isEqualTo(edition.id());
        assertThat(json.at("/votes/0/channel").asText()).isEqualTo("ONLINE");
        assertThat(json.at("/proposals/authored").isArray()).isTrue();
        assertThat(json.at("/notifications/preferences").isArray()).isTrue();
        assertThat(json.at("/protests").isArray()).isTrue();
        List<String> voteFields = new java.util.ArrayList<>();
        json.at("/votes/0").fieldNames().forEachRemaining(voteFields::add);
        assertThat(voteFields).as("that they voted, never what").containsExactlyInAnyOrder("editionId", "channel",
                "votedOn", "ageBand");
        assertThat(text).as("no identity number").doesNotContain(Identities.peselNumber(8201));
    }
}
