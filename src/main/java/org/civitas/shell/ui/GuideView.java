package org.civitas.shell.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * "How to take part", in plain language: each section is a heading, a paragraph and a few points, all
 * from the bundles, so that a translator sees the whole guide as keys {@code shell.guide.<section>.*}.
 */
@Route("guide")
@Menu(order = 1, title = "shell.nav.guide")
@AnonymousAllowed
public class GuideView extends VerticalLayout implements HasDynamicTitle {

    static final List<String> SECTIONS = List.of("who", "budget", "timeline", "panels", "initiatives", "help");
    static final int POINTS_PER_SECTION = 3;
    /** The city's own pages on the citizens' budget, with contacts and consultation points. */
    static final String CITY_BUDGET_SITE = "https://budzet.krakow.pl";

    GuideView() {
        addClassName("civitas-page");
        add(new H1(getTranslation("shell.guide.title")), new Paragraph(getTranslation("shell.guide.intro")));
        SECTIONS.forEach(s -> add(section(s)));
        var cityBudget = new Anchor(CITY_BUDGET_SITE, getTranslation("shell.guide.help.link"));
        cityBudget.setTarget(AnchorTarget.BLANK);
        add(cityBudget);
    }

    private Section section(String name) {
        String prefix = "shell.guide." + name;
        var points = new UnorderedList();
        for (int i = 1; i <= POINTS_PER_SECTION; i++) {
            points.add(new ListItem(getTranslation(prefix + ".point" + i)));
        }
        var section = new Section(new H2(getTranslation(prefix + ".title")),
                new Paragraph(getTranslation(prefix + ".text")), points);
        section.setId("guide-" + name);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.guide.title");
    }
}
