package org.civitas.panel.ui;

import java.util.List;
import java.util.function.BiConsumer;

import org.civitas.panel.MemberStatus;
import org.civitas.panel.MemberSummary;
import org.civitas.shared.Formats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The people of a panel with their answers to the invitation; for coordinators also the contact, language and
 * needs, and for a volunteer reached by post or phone the buttons that record their answer.
 */
class MembersPart extends VerticalLayout {

    MembersPart(List<MemberSummary> members, boolean coordinator, BiConsumer<Long, Boolean> recordAnswer) {
        setPadding(false);
        var grid = new Grid<MemberSummary>();
        grid.addColumn(MemberSummary::name).setHeader(getTranslation("panel.members.name"));
        grid.addColumn(m -> getTranslation(m.role().key())).setHeader(getTranslation("panel.members.role"));
        grid.addColumn(m -> getTranslation(m.status().key())).setHeader(getTranslation("panel.members.status"));
        if (coordinator) {
            grid.addColumn(m -> Formats.date(m.respondBy(), getLocale())).setHeader(getTranslation("panel.members.by"));
            grid.addColumn(m -> m.email() == null ? getTranslation("panel.members.by-post") : m.email())
                    .setHeader(getTranslation("panel.members.contact"));
            grid.addColumn(MemberSummary::language).setHeader(getTranslation("panel.members.language"));
            grid.addColumn(MemberSummary::needs).setHeader(getTranslation("panel.members.needs"));
            grid.addComponentColumn(m -> m.status() != MemberStatus.INVITED ? new HorizontalLayout()
                    : new HorizontalLayout(new Button(getTranslation("panel.members.record-accept"),
                            e -> recordAnswer.accept(m.id(), true)),
                            new Button(getTranslation("panel.members.record-decline"),
                                    e -> recordAnswer.accept(m.id(), false))));
        }
        grid.setItems(members);
        grid.setAllRowsVisible(true);
        grid.setId("panel-members");
        add(new H2(getTranslation("panel.members.title")), grid);
    }
}
