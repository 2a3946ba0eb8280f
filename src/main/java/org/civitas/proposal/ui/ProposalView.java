package org.civitas.proposal.ui;

import org.civitas.identity.ProfileService;
import org.civitas.identity.Role;
import org.civitas.proposal.CatalogueService;
import org.civitas.proposal.MergeService;
import org.civitas.proposal.ProposalPage;
import org.civitas.proposal.ProposalStatus;
import org.civitas.proposal.SupportService;
import org.civitas.shared.Language;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A proposal's public page, at a stable address: {@code /proposals/123}. */
@Route("proposals/:id([0-9]{1,18})")
@AnonymousAllowed
public class ProposalView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogueService catalogue;
    private final SupportService supports;
    private final ProposalSections sections;
    private final EditionTextsSource editionTexts;
    private final ProfileService profiles;
    private final MergeService merges;
    private String title = "";

    ProposalView(CatalogueService catalogue, SupportService supports, ProposalSections sections,
            EditionTextsSource editionTexts, ProfileService profiles, MergeService merges) {
        this.catalogue = catalogue;
        this.supports = supports;
        this.sections = sections;
        this.editionTexts = editionTexts;
        this.profiles = profiles;
        this.merges = merges;
        addClassName("civitas-page");
    }

    public static RouteParameters parameters(long id) {
        return new RouteParameters("id", String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        var page = catalogue.page(id, Language.of(getLocale()));
        if (page.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(page.get());
    }

    private void show(ProposalPage page) {
        var viewer = profiles.current();
        removeAll();
        title = page.title();
        var texts = editionTexts.of(page.editionId(), getLocale());
        var back = new RouterLink(getTranslation("proposal.page.back"), CatalogueView.class);
        back.setQueryParameters(com.vaadin.flow.router.QueryParameters.of("edition", String.valueOf(page.editionId())));
        var heading = new H1(page.title());
        heading.setId("proposal-title");
        if (page.shownIn() != Language.of(getLocale())) {
            heading.getElement().setAttribute("lang", page.shownIn().code());
        }
        add(back, heading);
        if (page.hiddenReason() != null) {
            var hidden = new com.vaadin.flow.component.html.Paragraph(
                    getTranslation("proposal.page.hidden", page.hiddenReason()));
            hidden.setId("proposal-hidden");
            add(hidden);
            return;
        }
        add(sections.header(page, texts), sections.links(page.id()));
        if (page.mine()) {
            add(sections.authorActions(page));
        }
        add(sections.body(page));
        if (page.status() != ProposalStatus.DRAFT) {
            var panel = new SupportPanel(supports, page.id(), () -> show(catalogue.page(page.id(),
                    Language.of(getLocale())).orElseThrow()));
            add(panel);
            var state = panel.state();
            boolean official = viewer.map(me -> me.has(Role.OFFICIAL)).orElse(false);
            if (state.collecting()) {
                add(new PaperSupportPanel(supports, page.id(), state, texts.pool(page.poolId()), official,
                        () -> show(catalogue.page(page.id(), Language.of(getLocale())).orElseThrow())));
            }
        }
        add(sections.costs(page), sections.attachments(page), sections.timeline(page), sections.history(page));
        boolean signedIn = viewer.isPresent();
        var discussion = sections.comments(page.id(), signedIn);
        add(discussion);
        if (signedIn && !page.mine()) {
            add(sections.reportProposal(page.id(), discussion));
        }
        if (!page.mine() && viewer.map(me -> me.has(Role.RESIDENT)).orElse(false)) {
            var candidates = merges.candidates(page.id());
            if (!candidates.isEmpty()) {
                add(new MergeOffer(merges, page.id(), candidates));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
