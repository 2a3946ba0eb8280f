package org.civitas.results.imports;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.civitas.budget.BallotRule;
import org.civitas.budget.CategorySummary;
import org.civitas.budget.DistrictService;
import org.civitas.budget.DistrictSummary;
import org.civitas.budget.EditionDetails;
import org.civitas.budget.EditionService;
import org.civitas.proposal.ImportedProject;
import org.civitas.proposal.ProjectImport;
import org.civitas.shared.Language;
import org.civitas.tally.Election;
import org.civitas.tally.PabulibFormatException;
import org.civitas.tally.PabulibReader;
import org.civitas.tally.Project;
import org.civitas.voting.AnonymousBallotImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a pabulib file as a past edition, for demos and simulations: the edition with one pool, its projects on
 * the final list and its ballots in the ballot box, so that the count can run on them. All or nothing.
 */
@Service
@RolesAllowed({"OFFICIAL", "ADMIN"})
public class PabulibImportService {

    private static final Logger log = LoggerFactory.getLogger(PabulibImportService.class);
    private final EditionService editions;
    private final DistrictService districts;
    private final ProjectImport projects;
    private final AnonymousBallotImport ballots;

    PabulibImportService(EditionService editions, DistrictService districts, ProjectImport projects,
            AnonymousBallotImport ballots) {
        this.editions = editions;
        this.districts = districts;
        this.projects = projects;
        this.ballots = ballots;
    }

    /** @throws ImportRefusedException when the file does not parse or its ballots fit no ballot rule of ours */
    @Transactional(readOnly = true)
    public ImportPreview preview(byte[] file, String fileName) {
        Election election = read(file, fileName);
        BallotConversion.rule(election);
        List<Project> kept = kept(election);
        Optional<DistrictSummary> district = EditionPlan.district(election.meta(), districts.all());
        return new ImportPreview(EditionPlan.name(election.meta()),
                district.map(DistrictSummary::name).orElseGet(() -> EditionPlan.area(election.meta())),
                district.isPresent(), election.voteType().pabulibName(), kept.size(),
                election.projects().size() - kept.size(), election.ballots().size(), FileRule.of(election));
    }

    /** @throws ImportRefusedException when the file does not parse or its ballots fit no ballot rule of ours */
    @Transactional
    public ImportedPastEdition importFile(byte[] file, String fileName) {
        long started = System.nanoTime();
        Election election = read(file, fileName);
        BallotRule rule = BallotConversion.rule(election);
        List<Project> kept = kept(election);
        Optional<DistrictSummary> district = EditionPlan.district(election.meta(), districts.all());
        EditionDetails edition = editions.createImported(
                EditionPlan.of(election, kept, rule, district, editions.today()));
        long poolId = edition.pools().get(0).id();
        Map<String, Long> categories = edition.categories().stream()
                .collect(Collectors.toMap(c -> c.name().in(Language.PL), CategorySummary::id, (a, b) -> a));
        List<ImportedProject> imported = kept.stream().map(p -> new ImportedProject(p.id(), p.name(), p.cost(),
                EditionPlan.firstCategory(p).map(categories::get).orElse(null))).toList();
        Map<String, Long> proposalIds = projects.importProjects(edition.id(), poolId, imported);
        ballots.importBallots(edition.id(), poolId, BallotConversion.choices(election, rule, poolId, proposalIds));
        String name = edition.name().in(Language.PL);
        log.info("Imported {} as edition {}: {} projects, {} ballots in {} ms", fileName, edition.id(), kept.size(),
                election.ballots().size(), (System.nanoTime() - started) / 1_000_000);
        return new ImportedPastEdition(edition.id(), name, kept.size(), election.ballots().size());
    }

    private static Election read(byte[] file, String fileName) {
        try {
            return PabulibReader.read(file);
        } catch (PabulibFormatException e) {
            log.info("Refused to import {}: {}", fileName, e.getMessage());
            throw new ImportRefusedException(e.line(), FormatProblem.of(e.problem()));
        }
    }

    /** The projects still standing: a withdrawn one never reached the ballot's count. */
    private static List<Project> kept(Election election) {
        return election.projects().stream().filter(p -> !p.withdrawn()).toList();
    }
}
