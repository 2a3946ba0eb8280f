package org.civitas.proposal.ui;

import org.civitas.proposal.ProposalCard;
import org.civitas.shared.Formats;
import org.civitas.shared.Language;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

/** One proposal in the catalogue: picture, title (a link to its page), summary, pool, cost, status and supporters. */
class ProposalCardView extends Div {

    ProposalCardView(ProposalCard card, EditionTexts texts, ProposalImages images) {
        addClassNames("civitas-card", "civitas-proposal-card");
        if (card.thumbnailId() != null) {
            // the title next to it says what the proposal is; the picture adds nothing a screen reader needs
            add(images.thumbnail(card.thumbnailId(), ""));
        }
        var body = new Div();
        body.addClassName("civitas-proposal-card-body");
        var link = new RouterLink(card.title(), ProposalView.class, ProposalView.parameters(card.id()));
        var title = new H2(link);
        boolean foreign = card.shownIn() != Language.of(getLocale());
        if (foreign) {
            // screen readers then read the title with the right voice
            title.getElement().setAttribute("lang", card.shownIn().code());
        }
        body.add(title, new Paragraph(card.summary()));
        var facts = new Div(badge(getTranslation(card.status().translationKey()), "status"),
                badge(texts.pool(card.poolId()), "pool"), badge(texts.category(card.categoryId()), "category"),
                badge(Formats.money(card.totalCost(), getLocale()), "cost"),
                badge(getTranslation("proposal.card.supporters", card.supporters(),
                        texts.edition().support().supporters()), "supporters"));
        if (foreign) {
            facts.add(badge(card.original().nativeName(), "language"));
        }
        facts.addClassName("civitas-facts");
        body.add(facts);
        add(body);
    }

    private static Span badge(String text, String kind) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        badge.addClassName("civitas-fact-" + kind);
        return badge;
    }
}
