package org.civitas.review.ui;

import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.civitas.budget.DistrictService;
import org.civitas.budget.EditionDetails;
import org.civitas.budget.EditionService;
import org.civitas.budget.EditionSummary;
import org.civitas.proposal.ProposalStatus;
import org.civitas.review.ReviewFilter;
import org.civitas.review.ReviewQueueService;
import org.civitas.review.ReviewRow;
import org.civitas.shared.Formats;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

/** The reviewers' queue: an edition's proposals under review, filtered by pool, category, unit, assignee, status. */
@Route("review")
@Menu(order = 40, title = "review.queue.title")
@RolesAllowed("OFFICIAL")
public class ReviewQueueView extends VerticalLayout implements HasDynamicTitle {

    private final ReviewQueueService queue;
    private final Grid<ReviewRow> grid = new Grid<>();
    private final Select<Long> pool = new Select<>();
    private final Select<Long> category = new Select<>();
    private final Select<Long> unit = new Select<>();
    private final Select<Long> assignee = new Select<>();
    private final Select<ProposalStatus> status = new Select<>();
    private final com.vaadin.flow.component.datepicker.DatePicker dueBy = new com.vaadin.flow.component.datepicker.DatePicker();
    private long editionId;

    ReviewQueueView(ReviewQueueService queue, EditionService editions, DistrictService districts) {
        this.queue = queue;
        addClassName("civitas-page");
        add(new H1(getTranslation("review.queue.title")));
        List<EditionSummary> all = editions.editions();
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("proposal.catalogue.no-edition")));
            return;
        }
        var edition = new Select<Long>();
        edition.setId("review-edition");
        edition.setLabel(getTranslation("proposal.catalogue.edition"));
        edition.setItems(all.stream().map(EditionSummary::id).toList());
        edition.setItemLabelGenerator(id -> all.stream().filter(e -> e.id() == id).findFirst()
                .map(e -> e.label(getLocale(), n -> getTranslation("budget.editions.imported-name", n))).orElse(""));
        var names = new ReviewTexts(this, districts);
        edition.addValueChangeListener(e -> {
            editionId = e.getValue();
            EditionDetails details = editions.details(editionId);
            names.options(pool, details, category, unit, queue.units(), assignee, queue.assignees());
            refresh();
        });
        status.setId("review-status");
        status.setLabel(getTranslation("proposal.catalogue.status"));
        names.anyOf(status, Arrays.asList(ProposalStatus.IN_VERIFICATION, ProposalStatus.CHANGES_REQUESTED,
                ProposalStatus.VERIFIED, ProposalStatus.REJECTED), s -> getTranslation(s.translationKey()));
        pool.setId("review-pool");
        category.setId("review-category");
        unit.setId("review-unit");
        assignee.setId("review-assignee");
        dueBy.setId("review-due-by");
        dueBy.setLabel(getTranslation("review.queue.due-by"));
        dueBy.setClearButtonVisible(true);
        dueBy.addValueChangeListener(e -> refresh());
        var filters = new FormLayout(edition, pool, category, unit, assignee, status, dueBy);
        filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
        for (var select : List.of(pool, category, unit, assignee)) {
            select.addValueChangeListener(e -> refresh());
        }
        status.addValueChangeListener(e -> refresh());
        grid.setId("review-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(r -> new RouterLink(r.title(), ReviewView.class, ReviewView.parameters(r.proposalId())))
                .setHeader(getTranslation("review.queue.proposal")).setFlexGrow(3).setKey("title");
        grid.addColumn(r -> names.pool(r.poolId())).setHeader(getTranslation("proposal.catalogue.pool")).setKey("pool");
        grid.addColumn(r -> getTranslation(r.status().translationKey())).setHeader(getTranslation("proposal.catalogue.status"))
                .setKey("status");
        grid.addColumn(ReviewRow::assigneeName).setHeader(getTranslation("review.queue.assignee")).setKey("assignee");
        grid.addColumn(r -> r.changesUntil() == null ? "" : Formats.date(r.changesUntil(), getLocale()))
                .setHeader(getTranslation("review.queue.deadline")).setKey("deadline");
        grid.addColumn(r -> Formats.dateTime(ZonedDateTime.ofInstant(r.submittedAt(), Formats.CITY_ZONE), getLocale()))
                .setHeader(getTranslation("review.queue.submitted")).setKey("submitted");
        add(filters, grid);
        edition.setValue(EditionSummary.opening(all));
    }

    private void refresh() {
        // an edition's proposals under review: hundreds at most, so the queue is read whole and sorted
        grid.setItems(queue.queue(editionId, new ReviewFilter(pool.getValue(), category.getValue(), unit.getValue(),
                assignee.getValue(), status.getValue(), dueBy.getValue())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.queue.title");
    }
}
