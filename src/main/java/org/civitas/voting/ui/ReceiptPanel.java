package org.civitas.voting.ui;

import org.civitas.shared.Formats;
import org.civitas.voting.Receipt;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The receipt, shown once: the code is kept only as a hash, so this is the voter's one chance to note it. */
class ReceiptPanel extends Div {

    ReceiptPanel(Receipt receipt, String editionName) {
        addClassName("civitas-card");
        addClassName("civitas-receipt");
        var code = new Paragraph(receipt.code());
        code.setId("booth-receipt");
        code.addClassName("civitas-receipt-code");
        var print = new Button(getTranslation("voting.receipt.print"), VaadinIcon.PRINT.create(),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("receipt-print");
        add(new H2(getTranslation("voting.receipt.title")),
                new Paragraph(getTranslation("voting.receipt.cast", editionName, Formats.date(receipt.castOn(), getLocale()))),
                code, new Paragraph(getTranslation("voting.receipt.keep")), print,
                new Paragraph(new Anchor("vote/check", getTranslation("voting.receipt.check-link"))));
    }
}
