package org.civitas.panel.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A panel person's question to the experts, and an expert's answer once given. */
@Entity
@Table(name = "panel_question")
public class ExpertQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long panelId;
    private String asker;
    private Long askerAccountId;
    private String text;
    private Instant askedAt;
    private String answer;
    private String answerer;
    private Long answererAccountId;
    private Instant answeredAt;

    protected ExpertQuestion() {
    }

    ExpertQuestion(long panelId, String asker, Long askerAccountId, String text, Instant askedAt) {
        this.askerAccountId = askerAccountId;
        this.panelId = panelId;
        this.asker = asker;
        this.text = text;
        this.askedAt = askedAt;
    }

    void answer(String answer, String answerer, Long answererAccountId, Instant at) {
        this.answererAccountId = answererAccountId;
        this.answer = answer;
        this.answerer = answerer;
        this.answeredAt = at;
    }

    public Long getId() { return id; }
    public long getPanelId() { return panelId; }
    public String getAsker() { return asker; }
    public String getText() { return text; }
    public Instant getAskedAt() { return askedAt; }
    public String getAnswer() { return answer; }
    public String getAnswerer() { return answerer; }
    public Instant getAnsweredAt() { return answeredAt; }
}
