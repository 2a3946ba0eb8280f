package org.civitas.budget;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;

import org.civitas.budget.internal.Edition;
import org.civitas.budget.internal.EditionRepository;
import org.civitas.shared.Formats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Editions of the citizens' budget: anyone may read them (they are public), officials and admins configure
 * them. The phase in force follows the injected clock, in Kraków time.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class EditionService {

    private static final Logger log = LoggerFactory.getLogger(EditionService.class);
    private final EditionRepository editions;
    private final DistrictService districts;
    private final Clock clock;

    EditionService(EditionRepository editions, DistrictService districts, Clock clock) {
        this.editions = editions;
        this.districts = districts;
        this.clock = clock;
    }

    /** A page of editions, newest first. */
    public List<EditionSummary> editions(int offset, int limit) {
        var page = PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1), Sort.by(Sort.Direction.DESC, "id"));
        LocalDate today = today();
        return editions.findAll(page).map(e -> e.summary(today)).getContent();
    }

    public List<EditionSummary> editions() {
        LocalDate today = today();
        return editions.findAll(Sort.by(Sort.Direction.DESC, "id")).stream().map(e -> e.summary(today)).toList();
    }

    public int count() {
        return (int) editions.count();
    }

    /** @throws NoSuchElementException when there is no such edition */
    public EditionDetails details(long id) {
        return find(id).details();
    }

    /** The phase in force today in Kraków, or empty before, after and between the phases. */
    public Optional<Phase> currentPhase(long editionId) {
        return find(editionId).phaseOn(today());
    }

    public Optional<Phase> phaseOn(long editionId, LocalDate day) {
        return find(editionId).phaseOn(day);
    }

    @RolesAllowed({"OFFICIAL", "ADMIN"})
    @Transactional
    public long create(@Valid EditionForm form) {
        checkDistricts(form);
        var edition = new Edition();
        edition.update(form);
        long id = editions.save(edition).getId();
        log.info("{} created edition {}", actor(), id);
        return id;
    }

    /**
     * Creates a past edition from a pabulib file: marked imported, so it never opens a phase and never becomes
     * the current edition. Not validated as a form: its one phase and its pool come from a past vote, not from an
     * official's plan.
     */
    @RolesAllowed({"OFFICIAL", "ADMIN"})
    @Transactional
    public EditionDetails createImported(ImportedEdition imported) {
        var edition = new Edition();
        edition.update(imported.form());
        edition.markImported();
        Edition saved = editions.saveAndFlush(edition);
        log.info("{} imported edition {}", actor(), saved.getId());
        return saved.details();
    }

    @RolesAllowed({"OFFICIAL", "ADMIN"})
    @Transactional
    public void update(long id, @Valid EditionForm form) {
        checkDistricts(form);
        find(id).update(form);
        log.info("{} changed edition {}", actor(), id);
    }

    private void checkDistricts(EditionForm form) {
        Set<Long> known = districts.all().stream().map(DistrictSummary::id).collect(Collectors.toSet());
        boolean unknown = form.getPools().stream().map(PoolForm::getDistrictId)
                .anyMatch(d -> d != null && !known.contains(d));
        if (unknown) {
            throw new InvalidEditionException("budget.editor.unknown-district");
        }
    }

    private Edition find(long id) {
        return editions.findById(id).orElseThrow(() -> new NoSuchElementException("No edition " + id));
    }

    /** Today in Kraków, by the injected clock. */
    public LocalDate today() {
        // the clock's own zone may be UTC; a Kraków day starts at Kraków midnight
        return clock.instant().atZone(Formats.CITY_ZONE).toLocalDate();
    }

    private static String actor() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
