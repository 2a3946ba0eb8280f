package org.civitas.budget;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.civitas.budget.internal.ConsistentEdition;

/**
 * What an official types to create or change an edition. A bean, so that the editor binds to it and the
 * service validates the very same constraints again; the rules between fields are {@link ConsistentEdition}.
 */
@ConsistentEdition
public class EditionForm {

    @Valid
    @NotNull
    private NamesForm name = new NamesForm();

    /** One entry per {@link Phase}, in their order. */
    @Valid
    @NotNull
    private List<PhaseForm> phases = new ArrayList<>(
            Arrays.stream(Phase.values()).map(p -> new PhaseForm(p, null, null)).toList());

    @Valid
    @NotNull
    private List<PoolForm> pools = new ArrayList<>();

    @Valid
    @NotNull
    private List<CategoryForm> categories = new ArrayList<>();

    @NotNull
    private BallotRule.Kind ballotKind = BallotRule.Kind.KRAKOW_POINTS;

    @NotNull
    private CountingRule countingRule = CountingRule.POINTS;

    /** Counting by points, the fewest points a funded project has: Kraków's 1; an imported file's own threshold. */
    @NotNull
    @Min(value = 0, message = "{budget.counting.min-points-range}")
    @Max(value = 1_000_000, message = "{budget.counting.min-points-range}")
    private Integer minPoints = 1;

    @Min(value = 1, message = "{budget.rule.parameter-range}")
    @Max(value = 1000, message = "{budget.rule.parameter-range}")
    private Integer ballotParameter;

    @Min(value = 0, message = "{budget.age.range}")
    @Max(value = 120, message = "{budget.age.range}")
    private Integer minAgeToSubmit;

    @Min(value = 0, message = "{budget.age.range}")
    @Max(value = 120, message = "{budget.age.range}")
    private Integer minAgeToVote;

    @NotNull
    @Min(value = 0, message = "{budget.support.supporters-range}")
    @Max(value = 10000, message = "{budget.support.supporters-range}")
    private Integer supporters = 15;

    @NotNull
    @Min(value = 1, message = "{budget.support.days-range}")
    @Max(value = 365, message = "{budget.support.days-range}")
    private Integer supportDays = 10;

    /** A form holding what an edition has now, to be edited. */
    public static EditionForm of(EditionDetails edition) {
        var form = new EditionForm();
        form.name = NamesForm.of(edition.name());
        for (PhaseDates dates : edition.phases()) {
            form.phase(dates.phase()).setStart(dates.start());
            form.phase(dates.phase()).setEnd(dates.end());
        }
        edition.pools().forEach(p -> form.pools.add(new PoolForm(p.districtId(), p.amount(), p.minCost(), p.maxCost())));
        edition.categories().forEach(c -> form.categories.add(new CategoryForm(c.id(), NamesForm.of(c.name()))));
        form.ballotKind = edition.ballotRule().kind();
        form.ballotParameter = edition.ballotRule().parameter();
        form.countingRule = edition.countingRule();
        form.minPoints = edition.minPoints();
        form.minAgeToSubmit = edition.minAgeToSubmit();
        form.minAgeToVote = edition.minAgeToVote();
        form.supporters = edition.support().supporters();
        form.supportDays = edition.support().days();
        return form;
    }

    public PhaseForm phase(Phase phase) {
        return phases.stream().filter(p -> p.getPhase() == phase).findFirst().orElseThrow();
    }

    public BallotRule ballotRule() {
        return new BallotRule(ballotKind, ballotParameter);
    }

    public NamesForm getName() {
        return name;
    }

    public void setName(NamesForm name) {
        this.name = name;
    }

    public List<PhaseForm> getPhases() {
        return phases;
    }

    public void setPhases(List<PhaseForm> phases) {
        this.phases = phases;
    }

    public List<PoolForm> getPools() {
        return pools;
    }

    public void setPools(List<PoolForm> pools) {
        this.pools = pools;
    }

    public List<CategoryForm> getCategories() {
        return categories;
    }

    public void setCategories(List<CategoryForm> categories) {
        this.categories = categories;
    }

    public BallotRule.Kind getBallotKind() {
        return ballotKind;
    }

    public void setBallotKind(BallotRule.Kind ballotKind) {
        this.ballotKind = ballotKind;
    }

    public CountingRule getCountingRule() {
        return countingRule;
    }

    public void setCountingRule(CountingRule countingRule) {
        this.countingRule = countingRule;
    }

    public Integer getMinPoints() {
        return minPoints;
    }

    public void setMinPoints(Integer minPoints) {
        this.minPoints = minPoints;
    }

    public Integer getBallotParameter() {
        return ballotParameter;
    }

    public void setBallotParameter(Integer ballotParameter) {
        this.ballotParameter = ballotParameter;
    }

    public Integer getMinAgeToSubmit() {
        return minAgeToSubmit;
    }

    public void setMinAgeToSubmit(Integer minAgeToSubmit) {
        this.minAgeToSubmit = minAgeToSubmit;
    }

    public Integer getMinAgeToVote() {
        return minAgeToVote;
    }

    public void setMinAgeToVote(Integer minAgeToVote) {
        this.minAgeToVote = minAgeToVote;
    }

    public Integer getSupporters() {
        return supporters;
    }

    public void setSupporters(Integer supporters) {
        this.supporters = supporters;
    }

    public Integer getSupportDays() {
        return supportDays;
    }

    public void setSupportDays(Integer supportDays) {
        this.supportDays = supportDays;
    }
}
