package org.civitas.results.ui;

import java.util.NoSuchElementException;

import jakarta.annotation.security.RolesAllowed;

import org.civitas.budget.DistrictService;
import org.civitas.results.EditionResults;
import org.civitas.results.PoolResult;
import org.civitas.results.PoolSimulation;
import org.civitas.results.ResultsService;
import org.civitas.shared.Language;
import org.civitas.shared.RuleException;
import org.civitas.shared.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

/**
 * An official's preview of the count before publication: a pool at a time, counted by the official rule beside
 * what the Method of Equal Shares would fund, and the button that publishes every pool, once, after a confirmation.
 */
@Route("results/:edition([0-9]{1,18})/preview")
@RolesAllowed({"OFFICIAL", "ADMIN"})
public class ResultsPreviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ResultsService results;
    private final DistrictService districts;
    private final Div sideBySide = new Div();
    private long editionId;

    ResultsPreviewView(ResultsService results, DistrictService districts) {
        this.results = results;
        this.districts = districts;
        addClassName("civitas-page");
        sideBySide.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        editionId = event.getRouteParameters().getLong("edition").orElseThrow();
        try {
            show(results.preview(editionId, Language.of(getLocale())));
        } catch (NoSuchElementException unknown) {
            event.rerouteToError(NotFoundException.class);
        } catch (RuleException notYet) {
            add(new H1(getTranslation("results.preview.title", "")));
            var text = new Paragraph(Notices.text(notYet));
            text.setId("results-preview-later");
            add(text);
        }
    }

    private void show(EditionResults preview) {
        add(new H1(getTranslation("results.preview.title", preview.editionName())));
        add(new Paragraph(getTranslation(preview.published() ? "results.preview.already" : "results.preview.intro")));
        var pools = new Select<PoolResult>();
        pools.setId("results-preview-pool");
        pools.setLabel(getTranslation("results.preview.pool"));
        pools.setItemLabelGenerator(p -> PoolNames.of(p, districts, this));
        pools.setItems(preview.pools());
        pools.addValueChangeListener(e -> simulate(e.getValue()));
        add(pools, sideBySide);
        if (!preview.pools().isEmpty()) {
            pools.setValue(preview.pools().get(0));
        }
        if (!preview.published()) {
            var publish = new Button(getTranslation("results.preview.publish"), e -> confirm());
            publish.setId("results-publish");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(publish);
        }
    }

    private void simulate(PoolResult pool) {
        sideBySide.removeAll();
        if (pool == null) {
            return;
        }
        PoolSimulation simulation = results.simulateEqualShares(editionId, pool.poolId(), Language.of(getLocale()));
        boolean byPoints = !simulation.official().equalShares();
        var layout = new FlexLayout(column(byPoints ? "results.preview.official" : "results.preview.official-es",
                simulation.official(), "results-official"), column(byPoints ? "results.preview.equal-shares"
                        : "results.preview.points", simulation.equalShares(), "results-equal-shares"));
        layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        layout.getStyle().set("gap", "var(--lumo-space-l)");
        sideBySide.add(layout);
    }

    private Div column(String titleKey, PoolResult pool, String id) {
        var money = new Paragraph(getTranslation("results.preview.money-left",
                org.civitas.shared.Formats.money(pool.moneyLeft(), getLocale())));
        var column = new Div(new H2(getTranslation(titleKey)), money, new ProjectLines(pool.projects(), pool.equalShares()));
        column.setId(id);
        // two columns side by side on a desk, one under the other on a phone
        column.getStyle().set("flex", "1 1 300px").set("min-width", "0");
        return column;
    }

    private void confirm() {
        var dialog = new ConfirmDialog(getTranslation("results.preview.confirm-title"),
                getTranslation("results.preview.confirm-text"), getTranslation("results.preview.confirm"), e -> publish());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("results.preview.cancel"));
        dialog.setId("results-confirm");
        dialog.open();
    }

    private void publish() {
        try {
            results.publish(editionId);
            Notices.success(getTranslation("results.preview.published"));
            getUI().ifPresent(ui -> ui.navigate("results/" + editionId));
        } catch (RuleException e) {
            Notices.refuse(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("results.preview.title", "");
    }
}
