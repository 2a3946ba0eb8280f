package org.civitas.voting.ui;

import java.util.List;

import org.civitas.voting.BallotChoice;
import org.civitas.voting.BallotPaper;
import org.civitas.voting.PoolBallot;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** The ballot as it will be cast: each pool's projects with their points, highest first. */
class BallotSummary extends Div {

    BallotSummary(BallotPaper paper, List<BallotChoice> choices, String districtName) {
        setId("booth-summary");
        pool(paper.city(), getTranslation("voting.booth.step-city"), choices);
        pool(paper.district(), getTranslation("voting.booth.step-local", districtName), choices);
    }

    private void pool(PoolBallot pool, String title, List<BallotChoice> choices) {
        add(new H3(title));
        var marks = choices.stream().filter(c -> c.poolId() == pool.poolId())
                .sorted((a, b) -> Integer.compare(b.points(), a.points())).toList();
        if (marks.isEmpty()) {
            add(new Paragraph(getTranslation("voting.booth.none-chosen")));
            return;
        }
        var list = new UnorderedList();
        marks.forEach(c -> list.add(new ListItem(getTranslation("voting.booth.summary-line",
                pool.project(c.proposalId()).map(p -> p.title()).orElse(""), c.points()))));
        add(list);
    }
}
