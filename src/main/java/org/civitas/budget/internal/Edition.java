package org.civitas.budget.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.civitas.budget.BallotRule;
import org.civitas.budget.CountingRule;
import org.civitas.budget.EditionDetails;
import org.civitas.budget.EditionForm;
import org.civitas.budget.EditionSummary;
import org.civitas.budget.Phase;
import org.civitas.budget.PhaseDates;
import org.civitas.budget.SupportRequirement;

@Entity
public class Edition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ElementCollection
    @CollectionTable(name = "edition_name", joinColumns = @JoinColumn(name = "edition_id"))
    @MapKeyColumn(name = "language")
    @Column(name = "name")
    private Map<String, String> names = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "edition_phase", joinColumns = @JoinColumn(name = "edition_id"))
    private List<PhaseWindow> phases = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "edition_id", nullable = false)
    @OrderBy("id")
    private List<Pool> pools = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "edition_id", nullable = false)
    @OrderBy("position")
    private List<Category> categories = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private BallotRule.Kind ballotKind;
    private Integer ballotParameter;
    @Enumerated(EnumType.STRING)
    private CountingRule countingRule = CountingRule.POINTS;
    private int minPoints = 1;
    private Integer minAgeToSubmit;
    private Integer minAgeToVote;
    private int supporters;
    private int supportDays;
    /** A past edition read from a pabulib file: it never opens a phase, whatever its dates say. */
    private boolean imported;

    @Version
    private long version;

    public Edition() {
    }

    /** Takes over everything from a validated form; pools and categories keep their ids where they continue. */
    public void update(EditionForm form) {
        Category.Names.copy(form.getName(), names);
        phases.clear();
        form.getPhases().stream().filter(p -> p.planned())
                .forEach(p -> phases.add(new PhaseWindow(p.getPhase(), p.getStart(), p.getEnd())));
        updatePools(form);
        updateCategories(form);
        BallotRule rule = form.ballotRule();
        ballotKind = rule.kind();
        ballotParameter = rule.parameter();
        countingRule = form.getCountingRule();
        minPoints = form.getMinPoints();
        minAgeToSubmit = form.getMinAgeToSubmit();
        minAgeToVote = form.getMinAgeToVote();
        supporters = form.getSupporters();
        supportDays = form.getSupportDays();
    }

    private void updatePools(EditionForm form) {
        Map<Long, Pool> before = new HashMap<>();
        pools.forEach(p -> before.put(p.districtId(), p));
        pools.clear();
        form.getPools().forEach(f -> {
            Pool pool = Optional.ofNullable(before.get(f.getDistrictId())).orElseGet(() -> new Pool(f.getDistrictId()));
            pool.update(f);
            pools.add(pool);
        });
    }

    private void updateCategories(EditionForm form) {
        Map<Long, Category> before = new HashMap<>();
        categories.forEach(c -> before.put(c.id(), c));
        categories.clear();
        for (int i = 0; i < form.getCategories().size(); i++) {
            var f = form.getCategories().get(i);
            Category category = f.getId() == null ? null : before.get(f.getId());
            category = category == null ? new Category(i) : category;
            category.update(i, f.getName());
            categories.add(category);
        }
    }

    public Long getId() {
        return id;
    }

    public void markImported() {
        imported = true;
    }

    public Optional<Phase> phaseOn(LocalDate day) {
        if (imported) {
            return Optional.empty();
        }
        return phases.stream().map(PhaseWindow::dates).filter(d -> d.covers(day)).map(PhaseDates::phase).findFirst();
    }

    public EditionSummary summary(LocalDate today) {
        return new EditionSummary(id, Category.Names.read(names), phaseOn(today), imported);
    }

    public EditionDetails details() {
        List<PhaseDates> dates = phases.stream().map(PhaseWindow::dates)
                .sorted(Comparator.comparing(PhaseDates::phase)).toList();
        return new EditionDetails(id, Category.Names.read(names), dates,
                pools.stream().map(Pool::summary)
                        .sorted(Comparator.comparing(p -> p.districtId() == null ? Long.MIN_VALUE : p.districtId())).toList(),
                categories.stream().map(Category::summary).toList(),
                new BallotRule(ballotKind, ballotParameter), minAgeToSubmit, minAgeToVote,
                new SupportRequirement(supporters, supportDays), countingRule, minPoints);
    }
}
