package org.civitas.panel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.civitas.shared.Language;

/**
 * What a coordinator sets up: the question and description in each language (one language at least), size,
 * reserves, threshold for recommendations, timeline, the seed announced before the draw, and the quotas.
 * The service checks it (PanelRules); the form only carries it.
 */
public class PanelForm {

    private final Map<Language, String> questions = new EnumMap<>(Language.class);
    private final Map<Language, String> descriptions = new EnumMap<>(Language.class);
    private int size = 20;
    private int reserves = 5;
    private int thresholdPercent = 80;
    private String seed = "";
    private LocalDate registrationCloses;
    private LocalDate deliberationStarts;
    private LocalDate deliberationEnds;
    private int acceptDays = 7;
    private List<Quota> quotas = new ArrayList<>();

    public String question(Language language) { return questions.getOrDefault(language, ""); }
    public PanelForm question(Language language, String text) { questions.put(language, text); return this; }
    public String description(Language language) { return descriptions.getOrDefault(language, ""); }
    public PanelForm description(Language language, String text) { descriptions.put(language, text); return this; }
    public int getSize() { return size; }
    public PanelForm setSize(int size) { this.size = size; return this; }
    public int getReserves() { return reserves; }
    public PanelForm setReserves(int reserves) { this.reserves = reserves; return this; }
    public int getThresholdPercent() { return thresholdPercent; }
    public PanelForm setThresholdPercent(int thresholdPercent) { this.thresholdPercent = thresholdPercent; return this; }
    public String getSeed() { return seed; }
    public PanelForm setSeed(String seed) { this.seed = seed; return this; }
    public LocalDate getRegistrationCloses() { return registrationCloses; }
    public PanelForm setRegistrationCloses(LocalDate day) { this.registrationCloses = day; return this; }
    public LocalDate getDeliberationStarts() { return deliberationStarts; }
    public PanelForm setDeliberationStarts(LocalDate day) { this.deliberationStarts = day; return this; }
    public LocalDate getDeliberationEnds() { return deliberationEnds; }
    public PanelForm setDeliberationEnds(LocalDate day) { this.deliberationEnds = day; return this; }
    public int getAcceptDays() { return acceptDays; }
    public PanelForm setAcceptDays(int acceptDays) { this.acceptDays = acceptDays; return this; }
    public List<Quota> getQuotas() { return quotas; }
    public PanelForm setQuotas(List<Quota> quotas) { this.quotas = new ArrayList<>(quotas); return this; }
}
