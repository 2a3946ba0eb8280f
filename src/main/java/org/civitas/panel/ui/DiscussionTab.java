package org.civitas.panel.ui;

import org.civitas.panel.Deliberation;
import org.civitas.panel.DeliberationService;
import org.civitas.panel.MemberRole;
import org.civitas.shared.Formats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** Discussion threads per topic; moderators hide a post with a reason, which shows in its place. */
class DiscussionTab extends VerticalLayout {

    DiscussionTab(long panelId, Deliberation.Participant me, DeliberationService service,
            Act act) {
        setPadding(false);
        var topic = new TextField(getTranslation("panel.discussion.topic"));
        topic.setMaxLength(200);
        topic.setWidthFull();
        topic.setId("thread-topic");
        var first = new TextArea(getTranslation("panel.discussion.first-post"));
        first.setMaxLength(8000);
        first.setWidthFull();
        first.setId("thread-first");
        var open = new Button(getTranslation("panel.discussion.open"), e -> act.run(() -> service.openThread(panelId,
                topic.getValue(), first.getValue()), "panel.discussion.opened"));
        open.setId("thread-open");
        add(new Details(getTranslation("panel.discussion.new"), new VerticalLayout(topic, first, open)));
        for (Deliberation.Thread thread : service.threads(panelId)) {
            var posts = new VerticalLayout();
            posts.setPadding(false);
            thread.posts().forEach(p -> posts.add(post(panelId, p, me, service, act)));
            var reply = new TextArea(getTranslation("panel.discussion.reply"));
            reply.setMaxLength(8000);
            reply.setWidthFull();
            reply.setId("reply-" + thread.id());
            var send = new Button(getTranslation("panel.discussion.send"), e -> act.run(() -> service.post(panelId,
                    thread.id(), reply.getValue()), "panel.discussion.posted"));
            send.setId("reply-send-" + thread.id());
            posts.add(reply, send);
            var details = new Details(thread.topic(), posts);
            details.setId("thread-" + thread.id());
            add(details);
        }
    }

    private Div post(long panelId, Deliberation.Post p, Deliberation.Participant me, DeliberationService service,
            Act act) {
        var when = Formats.dateTime(p.postedAt().atZone(Formats.CITY_ZONE), getLocale());
        var post = new Div(new Paragraph(getTranslation("panel.discussion.by", Texts.person(p.author()), when)));
        post.addClassName("civitas-comment");
        post.setId("post-" + p.id());
        if (p.text() == null) {
            post.add(new Paragraph(getTranslation("panel.discussion.hidden", p.hiddenReason())));
            return post;
        }
        post.add(Texts.markdown(p.text()));
        if (me.may(MemberRole.MODERATOR)) {
            var reason = new TextField(getTranslation("panel.discussion.hide-reason"));
            reason.setMaxLength(1000);
            reason.setId("hide-reason-" + p.id());
            var hide = new Button(getTranslation("panel.discussion.hide"), e -> act.run(() -> service.hide(panelId,
                    p.id(), reason.getValue()), "panel.discussion.hidden-done"));
            hide.setId("hide-" + p.id());
            var line = new HorizontalLayout(reason, hide);
            line.setAlignItems(Alignment.BASELINE);
            post.add(line);
        }
        return post;
    }
}
