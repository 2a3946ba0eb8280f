package org.civitas.shell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ResourceBundle;

import org.civitas.shared.Language;
import org.civitas.support.KaribuTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;

class GuideViewTest extends KaribuTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void the_guide_reads_in_every_language(Language language) {
        open("guide", language);
        var bundle = ResourceBundle.getBundle("vaadin-i18n/translations", language.locale());

        assertThat(_get(H1.class).getText()).isEqualTo(bundle.getString("shell.guide.title"));
        assertThat(_find(H2.class)).hasSize(GuideView.SECTIONS.size());
        assertThat(_find(ListItem.class)).hasSize(GuideView.SECTIONS.size() * GuideView.POINTS_PER_SECTION)
                .allSatisfy(item -> assertThat(item.getText()).doesNotContain("shell.guide").isNotBlank());
        assertThat(_get(ListItem.class, s -> s.withText(bundle.getString("shell.guide.who.point2")))).isNotNull();
    }
}
