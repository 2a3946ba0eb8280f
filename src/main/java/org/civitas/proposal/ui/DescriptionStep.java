package org.civitas.proposal.ui;

import java.util.List;

import org.civitas.proposal.ProposalForm;
import org.civitas.shared.Language;
import org.civitas.shared.Markdown;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;

/** Step 1: what the proposal is: language, title, summary, description (Markdown, with a preview), category. */
class DescriptionStep extends VerticalLayout {

    DescriptionStep(BeanValidationBinder<ProposalForm> binder, EditionTexts texts) {
        setPadding(false);
        var language = new Select<Language>();
        language.setId("proposal-language");
        language.setLabel(getTranslation("proposal.editor.language"));
        language.setHelperText(getTranslation("proposal.editor.language-help"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        binder.forField(language).bind("language");
        var title = new TextField(getTranslation("proposal.editor.title"));
        title.setId("proposal-title-field");
        title.setMaxLength(120);
        title.setHelperText(getTranslation("proposal.editor.title-help"));
        title.setValueChangeMode(ValueChangeMode.ON_BLUR);
        title.setWidthFull();
        binder.forField(title).bind("title");
        var summary = new TextArea(getTranslation("proposal.editor.summary"));
        summary.setId("proposal-summary");
        summary.setMaxLength(300);
        summary.setHelperText(getTranslation("proposal.editor.summary-help"));
        summary.setValueChangeMode(ValueChangeMode.ON_BLUR);
        summary.setWidthFull();
        binder.forField(summary).bind("summary");
        var description = new TextArea(getTranslation("proposal.editor.description"));
        description.setId("proposal-description-field");
        description.setMaxLength(20000);
        description.setHelperText(getTranslation("proposal.editor.description-help"));
        description.setValueChangeMode(ValueChangeMode.ON_BLUR);
        description.setWidthFull();
        description.setMinHeight("12em");
        binder.forField(description).bind("description");
        var preview = new Div();
        preview.addClassName("civitas-markdown");
        preview.setId("proposal-preview");
        var previewBox = new Details(getTranslation("proposal.editor.preview"), preview);
        description.addValueChangeListener(e -> preview.getElement().setProperty("innerHTML",
                Markdown.toSafeHtml(e.getValue())));
        var category = new Select<Long>();
        category.setId("proposal-category");
        category.setLabel(getTranslation("proposal.editor.category"));
        category.setItems(List.copyOf(texts.categories().keySet()));
        category.setItemLabelGenerator(texts::category);
        binder.forField(category).bind("categoryId");
        add(new Paragraph(getTranslation("proposal.editor.description-intro")), language, title, summary, description,
                previewBox, category);
    }
}
