package org.civitas.budget.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.civitas.budget.BallotRule;
import org.civitas.budget.CategoryForm;
import org.civitas.budget.DistrictService;
import org.civitas.budget.DistrictSummary;
import org.civitas.budget.EditionForm;
import org.civitas.budget.NamesForm;
import org.civitas.budget.Phase;
import org.civitas.budget.PoolAllocation;
import org.civitas.budget.PoolForm;
import org.civitas.shared.Formats;
import org.civitas.shared.Language;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo edition "Kraków 2027" with Kraków's 2025 money and rules, in the dev profile only. */
@Component
@Profile("dev")
@Order(20)
class DemoEdition implements ApplicationRunner {

    static final BigDecimal CITY_WIDE = new BigDecimal("10200000.00");
    static final BigDecimal DISTRICTS_TOTAL = new BigDecimal("40800000.00");
    static final String POLISH_NAME = "Budżet Obywatelski Krakowa 2027";
    static final String VOTE_POLISH_NAME = "Budżet Obywatelski Krakowa 2026";
    /** Days from the start of submission to the start of voting, by the phase lengths below. */
    private static final int DAYS_BEFORE_VOTING = 45 + 60 + 20 + 14 + 14;

    private final EditionRepository editions;
    private final DistrictService districts;
    private final Clock clock;

    DemoEdition(EditionRepository editions, DistrictService districts, Clock clock) {
        this.editions = editions;
        this.districts = districts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        LocalDate today = clock.instant().atZone(Formats.CITY_ZONE).toLocalDate();
        if (!editions.existsByPolishName(POLISH_NAME)) {
            var edition = new Edition();
            edition.update(form(districts.all(), today));
            editions.save(edition);
        }
        if (!editions.existsByPolishName(VOTE_POLISH_NAME)) {
            var vote = new Edition();
            vote.update(voteForm(districts.all(), today));
            editions.save(vote);
        }
    }

    /** The edition open for proposals: submission began two weeks before the demo was first started. */
    static EditionForm form(List<DistrictSummary> districts, LocalDate today) {
        var form = laidOut(districts, today.minusDays(14));
        form.setName(names(POLISH_NAME, "Kraków Citizens' Budget 2027", "Громадський бюджет Кракова 2027",
                "Грамадзянскі бюджэт Кракава 2027", "Гражданский бюджет Кракова 2027", "კრაკოვის სამოქალაქო ბიუჯეტი 2027"));
        return form;
    }

    /** The previous edition, whose vote opened two days before the demo was first started, so a visitor can vote. */
    static EditionForm voteForm(List<DistrictSummary> districts, LocalDate today) {
        var form = laidOut(districts, today.minusDays(2L + DAYS_BEFORE_VOTING));
        form.setName(names(VOTE_POLISH_NAME, "Kraków Citizens' Budget 2026", "Громадський бюджет Кракова 2026",
                "Грамадзянскі бюджэт Кракава 2026", "Гражданский бюджет Кракова 2026", "კრაკოვის სამოქალაქო ბიუჯეტი 2026"));
        return form;
    }

    private static EditionForm laidOut(List<DistrictSummary> districts, LocalDate submissionStart) {
        var form = new EditionForm();
        LocalDate day = submissionStart;
        for (var phase : List.of(new Object[] {Phase.SUBMISSION, 45}, new Object[] {Phase.VERIFICATION, 60},
                new Object[] {Phase.PROTESTS, 20}, new Object[] {Phase.FINAL_LIST, 14},
                new Object[] {Phase.WITHDRAWALS_AND_MERGES, 14}, new Object[] {Phase.VOTING, 14},
                new Object[] {Phase.RESULTS, 60}, new Object[] {Phase.IMPLEMENTATION, 365})) {
            int days = (Integer) phase[1];
            form.phase((Phase) phase[0]).setStart(day);
            form.phase((Phase) phase[0]).setEnd(day.plusDays(days - 1L));
            day = day.plusDays(days);
        }
        form.getPools().add(new PoolForm(null, CITY_WIDE, new BigDecimal("25000.00"), new BigDecimal("2000000.00")));
        Map<Long, BigDecimal> amounts = PoolAllocation.byPopulation(DISTRICTS_TOTAL, districts);
        amounts.forEach((district, amount) -> form.getPools().add(new PoolForm(district, amount,
                PoolAllocation.DISTRICT_MIN_COST, PoolAllocation.districtMaxCost(amount))));
        form.getCategories().addAll(List.of(
                category("Zieleń", "Greenery", "Зелені зони", "Зеляніна", "Озеленение", "გამწვანება"),
                category("Sport i rekreacja", "Sport and recreation", "Спорт і відпочинок", "Спорт і адпачынак",
                        "Спорт и отдых", "სპორტი და დასვენება"),
                category("Kultura", "Culture", "Культура", "Культура", "Культура", "კულტურა"),
                category("Edukacja", "Education", "Освіта", "Адукацыя", "Образование", "განათლება"),
                category("Pomoc społeczna", "Social help", "Соціальна допомога", "Сацыяльная дапамога",
                        "Социальная помощь", "სოციალური დახმარება"),
                category("Transport i bezpieczeństwo", "Transport and safety", "Транспорт і безпека",
                        "Транспарт і бяспека", "Транспорт и безопасность", "ტრანსპორტი და უსაფრთხოება")));
        form.setBallotKind(BallotRule.Kind.KRAKOW_POINTS);
        form.setSupporters(15);
        form.setSupportDays(10);
        return form;
    }

    private static CategoryForm category(String pl, String en, String uk, String be, String ru, String ka) {
        return new CategoryForm(null, names(pl, en, uk, be, ru, ka));
    }

    private static NamesForm names(String pl, String en, String uk, String be, String ru, String ka) {
        return new NamesForm().set(Language.PL, pl).set(Language.EN, en).set(Language.UK, uk)
                .set(Language.BE, be).set(Language.RU, ru).set(Language.KA, ka);
    }
}
