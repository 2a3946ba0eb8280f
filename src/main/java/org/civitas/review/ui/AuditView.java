package org.civitas.review.ui;

import java.io.ByteArrayInputStream;
import java.time.ZonedDateTime;

import jakarta.annotation.security.RolesAllowed;

import org.civitas.review.AuditRecord;
import org.civitas.review.AuditService;
import org.civitas.shared.Formats;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/** The audit log for admins, newest first, page by page, and whole as CSV. */
@Route("admin/audit")
@Menu(order = 95, title = "review.audit.title")
@RolesAllowed("ADMIN")
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    AuditView(AuditService audit) {
        addClassName("civitas-page");
        var export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = audit.csv();
            return new DownloadResponse(new ByteArrayInputStream(csv), "civitas-audit.csv", "text/csv", csv.length);
        }), getTranslation("review.audit.export"));
        export.getElement().setAttribute("download", true);
        export.setId("audit-export");
        var grid = new Grid<AuditRecord>();
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> Formats.dateTime(ZonedDateTime.ofInstant(r.at(), Formats.CITY_ZONE), getLocale()))
                .setHeader(getTranslation("review.audit.at")).setKey("at");
        grid.addColumn(AuditRecord::actor).setHeader(getTranslation("review.audit.actor")).setKey("actor");
        grid.addColumn(r -> r.subject() + " " + r.subjectId()).setHeader(getTranslation("review.audit.subject"))
                .setKey("subject");
        grid.addColumn(AuditRecord::action).setHeader(getTranslation("review.audit.action")).setKey("action");
        grid.addColumn(AuditRecord::before).setHeader(getTranslation("review.audit.before")).setKey("before");
        grid.addColumn(AuditRecord::after).setHeader(getTranslation("review.audit.after")).setKey("after");
        grid.setItems(query -> audit.page(query.getOffset(), query.getLimit()).stream(), query -> audit.count());
        add(new H1(getTranslation("review.audit.title")), export, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.audit.title");
    }
}
