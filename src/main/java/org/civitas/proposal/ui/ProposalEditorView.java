package org.civitas.proposal.ui;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.civitas.identity.ProfileService;
import org.civitas.proposal.EditableProposal;
import org.civitas.proposal.ProposalForm;
import org.civitas.proposal.ProposalRuleException;
import org.civitas.proposal.ProposalService;
import org.civitas.proposal.ProposalStatus;
import org.civitas.shared.Formats;
import org.civitas.shared.ui.Notices;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

/**
 * The proposal wizard. A draft is saved after every change, so nothing typed is lost, not even when the session
 * expires; a submitted proposal is changed with an explicit save, which keeps a new version.
 */
@Route("proposals/:id([0-9]{1,18})/edit")
@RolesAllowed("RESIDENT")
public class ProposalEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String[] STEPS = {"description", "place", "cost", "attachments", "translations",
        "coauthors", "submit"};

    private final ProposalService proposals;
    private final EditionTextsSource editionTexts;
    private final EditorSteps steps;
    private final ProfileService profiles;
    private final Span saved = new Span();
    private EditableProposal proposal;

    ProposalEditorView(ProposalService proposals, EditionTextsSource editionTexts, EditorSteps steps,
            ProfileService profiles) {
        this.proposals = proposals;
        this.editionTexts = editionTexts;
        this.steps = steps;
        this.profiles = profiles;
        addClassName("civitas-page");
        saved.setId("editor-saved");
        saved.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        try {
            proposal = proposals.edit(id);
        } catch (NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        } catch (ProposalRuleException e) {
            add(new H1(getTranslation("proposal.editor.title-page")), new Paragraph(Notices.text(e)));
            return;
        }
        add(new H1(getTranslation("proposal.editor.title-page")));
        if (!proposal.editable()) {
            add(new Paragraph(getTranslation("proposal.error.not-editable")), pageLink());
            return;
        }
        build();
    }

    private void build() {
        ProposalForm form = proposal.form();
        var texts = editionTexts.of(proposal.editionId(), getLocale());
        var binder = new BeanValidationBinder<>(ProposalForm.class);
        binder.setBean(form);
        Long myPool = profiles.current().flatMap(me -> texts.edition().pools().stream()
                .filter(p -> me.districtId() != null && me.districtId().equals(p.districtId())).findFirst())
                .map(p -> p.id()).orElse(null);
        var cost = new CostStep(form, texts, this::changed);
        var translations = new TranslationStep(form, this::changed);
        var submit = steps.submit(proposal);
        List<Component> contents = List.of(new DescriptionStep(binder, texts),
                new PlaceStep(binder, texts, myPool, this::changed), cost, steps.attachments(proposal), translations,
                steps.coAuthors(proposal), submitStep(submit));
        binder.addValueChangeListener(e -> changed());
        var tabs = new Tabs();
        tabs.setId("editor-steps");
        List<Tab> tabList = new ArrayList<>();
        for (int i = 0; i < STEPS.length; i++) {
            var tab = new Tab((i + 1) + ". " + getTranslation("proposal.editor.step." + STEPS[i]));
            tab.setId("step-" + STEPS[i]);
            tabList.add(tab);
            tabs.add(tab);
        }
        var next = new Button(getTranslation("proposal.editor.next"));
        next.setId("editor-next");
        next.addClickListener(e -> tabs.setSelectedIndex(Math.min(STEPS.length - 1, tabs.getSelectedIndex() + 1)));
        var content = new Div(contents.get(0));
        content.setWidthFull();
        tabs.addSelectedChangeListener(e -> {
            int index = tabs.getSelectedIndex();
            content.removeAll();
            content.add(contents.get(index));
            cost.refresh();
            translations.refresh();
            submit.refresh();
            next.setVisible(index < STEPS.length - 1);
        });
        var previous = new Button(getTranslation("proposal.editor.previous"),
                e -> tabs.setSelectedIndex(Math.max(0, tabs.getSelectedIndex() - 1)));
        add(new Paragraph(getTranslation(proposal.status().translationKey())), saved, tabs, content,
                new HorizontalLayout(previous, next));
    }

    private Component submitStep(SubmitStep step) {
        var action = draft() ? new Button(getTranslation("proposal.submit.button"), e -> submit(step))
                : new Button(getTranslation("proposal.editor.save"), e -> saveChanges());
        action.setId(draft() ? "proposal-submit" : "proposal-save");
        action.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var layout = new VerticalLayout(step, action);
        if (proposal.status() == ProposalStatus.CHANGES_REQUESTED) {
            var resubmit = new Button(getTranslation("proposal.editor.resubmit"), e -> resubmit());
            resubmit.setId("proposal-resubmit");
            resubmit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            action.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            layout.add(resubmit);
        }
        layout.setPadding(false);
        return layout;
    }

    private boolean draft() {
        return proposal.status() == ProposalStatus.DRAFT;
    }

    private void changed() {
        if (draft()) {
            save(false);
        } else {
            saved.setText(getTranslation("proposal.editor.unsaved"));
        }
    }

    private boolean save(boolean loud) {
        try {
            proposals.save(proposal.id(), proposal.form());
            String time = Formats.dateTime(ZonedDateTime.now(), getLocale());
            saved.setText(getTranslation(draft() ? "proposal.editor.draft-saved" : "proposal.editor.saved", time));
            return true;
        } catch (ConstraintViolationException e) {
            showViolations(e);
        } catch (ProposalRuleException e) {
            if (loud) {
                Notices.refuse(e);
            }
            saved.setText(Notices.text(e));
        }
        return false;
    }

    private void saveChanges() {
        if (save(true)) {
            Notices.success(getTranslation("proposal.editor.changes-saved"));
        }
    }

    private void resubmit() {
        try {
            proposals.resubmit(proposal.id(), proposal.form());
            Notices.success(getTranslation("proposal.editor.resubmitted"));
            getUI().ifPresent(ui -> ui.navigate(ProposalView.class, ProposalView.parameters(proposal.id())));
        } catch (ProposalRuleException e) {
            Notices.refuse(e);
        } catch (ConstraintViolationException e) {
            showViolations(e);
        }
    }

    private void submit(SubmitStep step) {
        if (!step.refresh()) {
            Notices.error(getTranslation("proposal.submit.incomplete"));
            return;
        }
        try {
            proposals.submit(proposal.id(), proposal.form());
            Notices.success(getTranslation("proposal.submit.done"));
            getUI().ifPresent(ui -> ui.navigate(ProposalView.class, ProposalView.parameters(proposal.id())));
        } catch (ProposalRuleException e) {
            Notices.refuse(e);
        } catch (ConstraintViolationException e) {
            showViolations(e);
        }
    }

    private void showViolations(ConstraintViolationException e) {
        // the service's own check, in the server's language; the page's check (SubmitStep) names them in the reader's
        saved.setText(getTranslation("proposal.editor.not-saved") + " " + e.getConstraintViolations().stream()
                .map(ConstraintViolation::getPropertyPath).map(Object::toString).distinct().sorted().toList());
    }

    private RouterLink pageLink() {
        return new RouterLink(getTranslation("proposal.editor.to-page"), ProposalView.class,
                ProposalView.parameters(proposal.id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("proposal.editor.title-page");
    }
}
