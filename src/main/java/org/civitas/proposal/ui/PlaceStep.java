package org.civitas.proposal.ui;

import java.util.List;

import org.civitas.budget.PoolSummary;
import org.civitas.proposal.ProposalForm;
import org.civitas.shared.ui.Fields;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * Step 2: where: the pool (city-wide, or a district chosen by name) and the place: an address and, optionally,
 * the point's coordinates (e.g. copied from OpenStreetMap).
 */
class PlaceStep extends VerticalLayout {

    enum Scope { CITY, DISTRICT }

    PlaceStep(BeanValidationBinder<ProposalForm> binder, EditionTexts texts, Long residentDistrictPool,
            Runnable changed) {
        setPadding(false);
        var cityPool = texts.edition().pools().stream().filter(PoolSummary::cityWide).map(PoolSummary::id).findFirst();
        List<Long> districtPools = texts.edition().pools().stream().filter(p -> !p.cityWide()).map(PoolSummary::id)
                .toList();
        var scope = new RadioButtonGroup<Scope>(getTranslation("proposal.editor.scope"));
        scope.setId("proposal-scope");
        scope.setItems(Scope.values());
        scope.setItemLabelGenerator(s -> getTranslation("proposal.editor.scope." + s.name().toLowerCase()));
        var district = new ComboBox<Long>(getTranslation("proposal.editor.district"));
        district.setId("proposal-district");
        district.setItems(districtPools);
        district.setItemLabelGenerator(texts::pool);
        district.setHelperText(getTranslation("proposal.editor.district-help"));
        Long pool = binder.getBean().getPoolId();
        scope.setValue(pool == null ? null : cityPool.filter(pool::equals).isPresent() ? Scope.CITY : Scope.DISTRICT);
        district.setValue(scope.getValue() == Scope.DISTRICT ? pool : null);
        district.setVisible(scope.getValue() == Scope.DISTRICT);
        scope.addValueChangeListener(e -> {
            district.setVisible(e.getValue() == Scope.DISTRICT);
            if (e.getValue() == Scope.CITY) {
                binder.getBean().setPoolId(cityPool.orElse(null));
            } else {
                if (district.isEmpty() && residentDistrictPool != null) {
                    district.setValue(residentDistrictPool);
                }
                binder.getBean().setPoolId(district.getValue());
            }
            changed.run();
        });
        district.addValueChangeListener(e -> {
            if (e.isFromClient() || scope.getValue() == Scope.DISTRICT) {
                binder.getBean().setPoolId(e.getValue());
                changed.run();
            }
        });
        var address = new TextField(getTranslation("proposal.editor.address"));
        address.setId("proposal-address");
        address.setMaxLength(300);
        address.setWidthFull();
        address.setValueChangeMode(ValueChangeMode.ON_BLUR);
        binder.forField(address).bind("address");
        var latitude = Fields.decimal(getTranslation("proposal.editor.latitude"));
        latitude.setId("proposal-latitude");
        binder.forField(latitude).bind("latitude");
        var longitude = Fields.decimal(getTranslation("proposal.editor.longitude"));
        longitude.setId("proposal-longitude");
        binder.forField(longitude).bind("longitude");
        add(scope, district, address, new Paragraph(getTranslation("proposal.editor.point-help")),
                new HorizontalLayout(latitude, longitude));
    }
}
