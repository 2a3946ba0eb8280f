package org.civitas.panel.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

import org.civitas.panel.PanelRuleException;
import org.civitas.panel.Quota;
import org.civitas.panel.QuotaShares;
import org.civitas.shared.ui.Fields;
import org.civitas.shared.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The quotas as rows (category, feature, fewest and most seats), and a helper that fills one category in proportion
 * to the city's population from shares typed one per line ("Nowa Huta; 6.9").
 */
class QuotaRows extends VerticalLayout {

    private record Row(TextField category, TextField feature, IntegerField min, IntegerField max, HorizontalLayout line) {
        Quota quota() {
            return new Quota(category.getValue(), feature.getValue(), value(min), value(max));
        }

        private static int value(IntegerField field) {
            return field.getValue() == null ? -1 : field.getValue();
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout lines = new VerticalLayout();
    private final IntSupplier size;

    QuotaRows(List<Quota> quotas, IntSupplier size) {
        this.size = size;
        setPadding(false);
        lines.setPadding(false);
        lines.setId("panel-quota-rows");
        var add = new Button(getTranslation("panel.editor.quota-add"), VaadinIcon.PLUS.create(),
                e -> add(new Quota("", "", 0, 0)));
        add.setId("panel-quota-add");
        add(new H2(getTranslation("panel.editor.quotas")), new Paragraph(getTranslation("panel.editor.quotas-help")),
                lines, add, shares());
        quotas.forEach(this::add);
    }

    List<Quota> quotas() {
        return rows.stream().map(Row::quota).toList();
    }

    private void add(Quota quota) {
        int i = rows.size();
        var category = new TextField(getTranslation("panel.quota.category"), quota.category(), "");
        var feature = new TextField(getTranslation("panel.quota.feature"), quota.feature(), "");
        category.setMaxLength(100);
        feature.setMaxLength(100);
        var min = Fields.integer(getTranslation("panel.quota.min"));
        var max = Fields.integer(getTranslation("panel.quota.max"));
        min.setValue(quota.min());
        max.setValue(quota.max());
        min.setWidth("6em");
        max.setWidth("6em");
        category.setId("panel-quota-category-" + i);
        feature.setId("panel-quota-feature-" + i);
        min.setId("panel-quota-min-" + i);
        max.setId("panel-quota-max-" + i);
        var line = new HorizontalLayout(category, feature, min, max);
        line.setWrap(true);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        var row = new Row(category, feature, min, max, line);
        var remove = new Button(VaadinIcon.TRASH.create(), e -> {
            rows.remove(row);
            lines.remove(line);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel(getTranslation("panel.editor.quota-remove"));
        line.add(remove);
        rows.add(row);
        lines.add(line);
    }

    private Details shares() {
        var category = new TextField(getTranslation("panel.quota.category"));
        category.setId("panel-shares-category");
        var text = new TextArea(getTranslation("panel.editor.shares"));
        text.setHelperText(getTranslation("panel.editor.shares-help"));
        text.setWidthFull();
        text.setId("panel-shares-text");
        var fill = new Button(getTranslation("panel.editor.shares-fill"), e -> fill(category.getValue(), text.getValue()));
        fill.setId("panel-shares-fill");
        var details = new Details(getTranslation("panel.editor.shares-title"), new VerticalLayout(category, text, fill));
        details.setId("panel-shares");
        return details;
    }

    private void fill(String category, String text) {
        try {
            if (category == null || category.isBlank()) {
                throw new PanelRuleException("panel.error.quota-names-required");
            }
            List<QuotaShares.Share> shares = new ArrayList<>();
            for (String line : text.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                int cut = line.lastIndexOf(';');
                if (cut <= 0) {
                    throw new PanelRuleException("panel.error.share-line", line.strip());
                }
                shares.add(new QuotaShares.Share(line.substring(0, cut).strip(), percent(line.substring(cut + 1))));
            }
            List<Quota> quotas = QuotaShares.quotas(category.strip(), shares, size.getAsInt());
            new ArrayList<>(rows).stream().filter(r -> r.category().getValue().strip().equals(category.strip()))
                    .forEach(r -> {
                        rows.remove(r);
                        lines.remove(r.line());
                    });
            quotas.forEach(this::add);
        } catch (PanelRuleException e) {
            Notices.refuse(e);
        }
    }

    private static BigDecimal percent(String text) {
        try {
            return new BigDecimal(text.strip().replace(',', '.').replace("%", ""));
        } catch (NumberFormatException e) {
            throw new PanelRuleException("panel.error.share-line", text.strip());
        }
    }
}
