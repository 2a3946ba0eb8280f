package org.civitas.panel.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.civitas.panel.PanelForm;
import org.civitas.panel.PanelStatus;
import org.civitas.panel.Quota;
import org.civitas.shared.Language;

@Entity
@Table(name = "panel")
public class Panel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private PanelStatus status;
    @ElementCollection
    @CollectionTable(name = "panel_text", joinColumns = @JoinColumn(name = "panel_id"))
    @MapKeyColumn(name = "language")
    private Map<String, PanelText> texts = new HashMap<>();
    @ElementCollection
    @CollectionTable(name = "panel_quota", joinColumns = @JoinColumn(name = "panel_id"))
    @OrderColumn(name = "position")
    private List<QuotaEntry> quotas = new ArrayList<>();
    private int panelSize;
    private int reserves;
    private int thresholdPercent;
    private String seed;
    private LocalDate registrationCloses;
    private LocalDate deliberationStarts;
    private LocalDate deliberationEnds;
    private int acceptDays;
    private LocalDate drawnOn;
    private Instant createdAt;
    @Version
    private long version;

    protected Panel() {
    }

    public Panel(Instant createdAt) {
        this.status = PanelStatus.RECRUITING;
        this.createdAt = createdAt;
    }

    /** Takes the form as PanelRules has checked it; blank languages are left out. */
    public void apply(PanelForm form) {
        texts.clear();
        for (Language language : Language.values()) {
            String question = form.question(language).strip();
            if (!question.isEmpty()) {
                texts.put(language.code(), new PanelText(question, form.description(language).strip()));
            }
        }
        quotas.clear();
        form.getQuotas().forEach(q -> quotas.add(new QuotaEntry(q)));
        panelSize = form.getSize();
        reserves = form.getReserves();
        thresholdPercent = form.getThresholdPercent();
        seed = form.getSeed() == null ? null : form.getSeed().strip();
        registrationCloses = form.getRegistrationCloses();
        deliberationStarts = form.getDeliberationStarts();
        deliberationEnds = form.getDeliberationEnds();
        acceptDays = form.getAcceptDays();
    }

    public PanelForm form() {
        var form = new PanelForm().setSize(panelSize).setReserves(reserves).setThresholdPercent(thresholdPercent)
                .setSeed(seed == null ? "" : seed).setRegistrationCloses(registrationCloses)
                .setDeliberationStarts(deliberationStarts).setDeliberationEnds(deliberationEnds)
                .setAcceptDays(acceptDays).setQuotas(quotas());
        texts.forEach((code, text) -> Language.fromCode(code).ifPresent(
                l -> form.question(l, text.question()).description(l, text.description())));
        return form;
    }

    /** The text in the reader's language, else Polish, else English, else any. */
    public PanelText text(Language reader) {
        for (String code : List.of(reader.code(), Language.PL.code(), Language.EN.code())) {
            if (texts.containsKey(code)) {
                return texts.get(code);
            }
        }
        return texts.values().stream().findFirst().orElse(new PanelText("", ""));
    }

    /** The language the text of {@link #text(Language)} is in, so the page can mark it. */
    public Language textLanguage(Language reader) {
        for (Language language : List.of(reader, Language.PL, Language.EN)) {
            if (texts.containsKey(language.code())) {
                return language;
            }
        }
        return texts.keySet().stream().map(Language::fromCode).flatMap(java.util.Optional::stream).findFirst()
                .orElse(reader);
    }

    public List<Quota> quotas() {
        return quotas.stream().map(QuotaEntry::quota).toList();
    }

    public void closeRegistration() { status = PanelStatus.SELECTION; }
    public void drawn(LocalDate day) { status = PanelStatus.DRAWN; drawnOn = day; }

    public Long getId() { return id; }
    public PanelStatus getStatus() { return status; }
    public int getPanelSize() { return panelSize; }
    public int getReserves() { return reserves; }
    public int getThresholdPercent() { return thresholdPercent; }
    public String getSeed() { return seed; }
    public LocalDate getRegistrationCloses() { return registrationCloses; }
    public LocalDate getDeliberationStarts() { return deliberationStarts; }
    public LocalDate getDeliberationEnds() { return deliberationEnds; }
    public int getAcceptDays() { return acceptDays; }
    public LocalDate getDrawnOn() { return drawnOn; }
}
