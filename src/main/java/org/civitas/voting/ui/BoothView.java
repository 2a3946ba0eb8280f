package org.civitas.voting.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.civitas.budget.DistrictService;
import org.civitas.budget.DistrictSummary;
import org.civitas.shared.Formats;
import org.civitas.shared.Language;
import org.civitas.shared.ui.Notices;
import org.civitas.voting.BallotChoice;
import org.civitas.voting.BallotPaper;
import org.civitas.voting.BoothState;
import org.civitas.voting.PoolBallot;
import org.civitas.voting.VoterIdentity;
import org.civitas.voting.VotingRuleException;
import org.civitas.voting.VotingService;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * The voting booth, one step at a time so it fits a 360-px phone: who you are → your district → city-wide
 * projects → district projects → review → cast → receipt. Each step lets through only a valid choice; the
 * service checks the whole ballot again when it is cast.
 */
@Route("vote/:edition([0-9]{1,18})")
@RolesAllowed("RESIDENT")
public class BoothView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private enum Step { IDENTITY, DISTRICT, CITY, LOCAL, REVIEW }

    private final VotingService voting;
    private final DistrictService districts;
    private final VerticalLayout body = new VerticalLayout();
    private final Map<Long, List<BallotChoice>> marks = new HashMap<>();
    private long editionId;
    private BoothState state;
    private VoterIdentity identity;
    private Long districtId;
    private BallotPaper paper;

    BoothView(VotingService voting, DistrictService districts) {
        this.voting = voting;
        this.districts = districts;
        addClassName("civitas-page");
        body.setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        editionId = event.getRouteParameters().getLong("edition").orElse(-1L);
        try {
            state = voting.booth(editionId, Language.of(getLocale()));
        } catch (java.util.NoSuchElementException unknown) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        } catch (VotingRuleException noVote) {
            removeAll();
            add(new H1(getTranslation("voting.booth.menu")), text("booth-no-vote", Notices.text(noVote)));
            return;
        }
        removeAll();
        add(new H1(getTranslation("voting.booth.title", state.editionName())), body);
        districtId = state.profileDistrictId();
        if (state.voted()) {
            show(text("booth-voted", getTranslation("voting.booth.voted")));
        } else if (!state.open()) {
            show(text("booth-closed", getTranslation("voting.booth.closed",
                    Formats.date(state.start(), getLocale()), Formats.date(state.end(), getLocale()))));
        } else {
            step(Step.IDENTITY);
        }
    }

    private void step(Step step) {
        switch (step) {
            case IDENTITY -> identityStep();
            case DISTRICT -> districtStep();
            case CITY -> poolStep(Step.CITY, paper.city(), Step.DISTRICT, Step.LOCAL);
            case LOCAL -> poolStep(Step.LOCAL, paper.district(), Step.CITY, Step.REVIEW);
            case REVIEW -> reviewStep();
        }
    }

    private void identityStep() {
        var form = new IdentityForm("booth-");
        var intro = new Paragraph(getTranslation("voting.booth.identity-intro"));
        var next = next(() -> form.identity().ifPresent(typed -> {
            try {
                voting.checkVoter(editionId, typed);
                identity = typed;
                step(Step.DISTRICT);
            } catch (VotingRuleException e) {
                Notices.refuse(e);
            }
        }));
        show(heading(1, "voting.booth.step-identity"), intro, form, new Paragraph(getTranslation("voting.booth.identity-privacy")), nav(null, next));
    }

    private void districtStep() {
        var select = new Select<DistrictSummary>();
        select.setId("booth-district");
        select.setLabel(getTranslation("voting.booth.district"));
        select.setItems(districts.all());
        select.setItemLabelGenerator(DistrictSummary::label);
        districts.all().stream().filter(d -> d.id() == (districtId == null ? -1 : districtId)).findFirst()
                .ifPresent(select::setValue);
        var next = next(() -> {
            if (select.getValue() == null) {
                Notices.error(getTranslation("voting.booth.district-required"));
                return;
            }
            if (districtId == null || districtId != select.getValue().id()) {
                marks.clear();
            }
            districtId = select.getValue().id();
            paper = voting.paper(editionId, districtId, Language.of(getLocale()));
            step(Step.CITY);
        });
        show(heading(2, "voting.booth.step-district"), new Paragraph(getTranslation("voting.booth.district-intro")),
                select, nav(back(Step.IDENTITY), next));
    }

    private void poolStep(Step step, PoolBallot pool, Step previous, Step following) {
        var problem = new Span();
        problem.setId("booth-problem");
        problem.addClassName("civitas-error");
        var next = new Button(getTranslation("voting.booth.next"));
        PoolPicker[] picker = new PoolPicker[1];
        Runnable check = () -> {
            if (picker[0] != null) {
                var refusal = picker[0].problem();
                next.setEnabled(refusal.isEmpty());
                problem.setText(refusal.map(Notices::text).orElse(""));
            }
        };
        picker[0] = new PoolPicker(paper.rule(), pool, marks.getOrDefault(pool.poolId(), List.of()), check);
        check.run();
        next.setId("booth-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> {
            marks.put(pool.poolId(), picker[0].marks());
            step(following);
        });
        var back = back(previous);
        back.addClickListener(e -> marks.put(pool.poolId(), picker[0].marks()));
        String title = step == Step.CITY ? getTranslation("voting.booth.step-city")
                : getTranslation("voting.booth.step-local", districtName());
        show(new H2(getTranslation("voting.booth.step", step.ordinal() + 1, Step.values().length, title)),
                picker[0], problem, nav(back, next));
    }

    private void reviewStep() {
        List<BallotChoice> all = new ArrayList<>();
        paper.pools().forEach(p -> all.addAll(marks.getOrDefault(p.poolId(), List.of())));
        var summary = new BallotSummary(paper, all, districtName());
        var finality = text("booth-final", getTranslation("voting.booth.final"));
        finality.addClassName("civitas-lead");
        var cast = new Button(getTranslation("voting.booth.cast"), e -> cast(all));
        cast.setId("booth-cast");
        cast.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        cast.setDisableOnClick(true);
        if (all.isEmpty()) {
            cast.setEnabled(false);
            finality.setText(getTranslation("voting.error.empty"));
        }
        show(heading(5, "voting.booth.step-review"), summary, finality, nav(back(Step.LOCAL), cast));
    }

    private void cast(List<BallotChoice> all) {
        try {
            var receipt = voting.cast(editionId, identity, districtId, all);
            identity = null;
            show(new ReceiptPanel(receipt, state.editionName()));
        } catch (VotingRuleException e) {
            Notices.refuse(e);
            show(text("booth-refused", Notices.text(e)), nav(back(Step.REVIEW), null));
        }
    }

    private String districtName() {
        return districts.find(districtId).map(DistrictSummary::label).orElse("");
    }

    private H2 heading(int number, String key) {
        return new H2(getTranslation("voting.booth.step", number, Step.values().length, getTranslation(key)));
    }

    private Button next(Runnable action) {
        var next = new Button(getTranslation("voting.booth.next"), e -> action.run());
        next.setId("booth-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return next;
    }

    private Button back(Step to) {
        var back = new Button(getTranslation("voting.booth.back"), e -> step(to));
        back.setId("booth-back");
        return back;
    }

    private HorizontalLayout nav(Button back, Button forward) {
        var nav = new HorizontalLayout();
        nav.setWidthFull();
        nav.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        nav.add(back == null ? new Span() : back);
        if (forward != null) {
            nav.add(forward);
        }
        return nav;
    }

    private static Paragraph text(String id, String text) {
        var p = new Paragraph(text);
        p.setId(id);
        return p;
    }

    private void show(Component... components) {
        body.removeAll();
        body.add(components);
        // each step starts at its heading, not where the previous step's Next button was
        body.getElement().executeJs("this.scrollIntoView({block: 'start'})");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("voting.booth.menu");
    }
}
