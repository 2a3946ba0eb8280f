package org.civitas.proposal.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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
import jakarta.persistence.Version;

import org.civitas.proposal.CoAuthorStatus;
import org.civitas.proposal.ProposalForm;
import org.civitas.proposal.ProposalStatus;
import org.civitas.proposal.TranslationForm;
import org.civitas.shared.Language;

@Entity
public class Proposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long editionId;
    private Long poolId;
    private Long categoryId;
    private long authorId;
    @Enumerated(EnumType.STRING)
    private ProposalStatus status = ProposalStatus.DRAFT;
    private String language;
    private String title = "";
    private String summary = "";
    private String description = "";
    private String address;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private BigDecimal totalCost = BigDecimal.ZERO;
    /** Counted by an atomic SQL update next to each support, so an author's edit never races a supporter. */
    @Column(insertable = false, updatable = false)
    private int eSupports;
    private int paperSupports;
    private Instant submittedAt;
    private LocalDate supportDeadline;
    private boolean reminderSent;
    private Long mergedIntoId;
    /** Set when a moderator hid the proposal: the public reason shown in its place. */
    private String hiddenReason;
    private String searchText = "";
    /** The project id in the pabulib file this proposal was imported from; null for proposals made here. */
    private String externalRef;
    private Instant createdAt;
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "proposal_cost_item", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "position")
    private List<CostItem> costItems = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "proposal_translation", joinColumns = @JoinColumn(name = "proposal_id"))
    @MapKeyColumn(name = "language")
    private Map<String, Translation> translations = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "proposal_coauthor", joinColumns = @JoinColumn(name = "proposal_id"))
    private List<CoAuthor> coAuthors = new ArrayList<>();

    @Version
    private long version;

    protected Proposal() {
    }

    public Proposal(long editionId, long authorId, Language language, Instant now) {
        this.editionId = editionId;
        this.authorId = authorId;
        this.language = language.code();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A project of a past edition read from a pabulib file: already on the final list, in the file's language. */
    public static Proposal imported(long editionId, long poolId, Long categoryId, long officialId, String title,
            BigDecimal cost, String externalRef, Instant now) {
        var proposal = new Proposal(editionId, officialId, Language.DEFAULT, now);
        proposal.poolId = poolId;
        proposal.categoryId = categoryId;
        proposal.title = title;
        proposal.totalCost = cost;
        proposal.externalRef = externalRef;
        proposal.status = ProposalStatus.ON_BALLOT;
        proposal.submittedAt = now;
        proposal.searchText = proposal.searchText();
        return proposal;
    }

    /** Takes over what the author wrote; empty translations and translations into its own language are dropped. */
    public void update(ProposalForm form, Instant now) {
        language = form.getLanguage().code();
        title = strip(form.getTitle());
        summary = strip(form.getSummary());
        description = strip(form.getDescription());
        categoryId = form.getCategoryId();
        poolId = form.getPoolId();
        address = blankToNull(form.getAddress());
        latitude = form.getLatitude();
        longitude = form.getLongitude();
        costItems.clear();
        form.getCostItems().forEach(item -> costItems.add(new CostItem(item)));
        totalCost = form.totalCost();
        translations.clear();
        form.getTranslations().forEach((other, translation) -> {
            if (other != form.getLanguage() && !translation.empty()) {
                translations.put(other.code(), new Translation(translation));
            }
        });
        searchText = searchText();
        updatedAt = now;
    }

    public ProposalForm form() {
        var form = new ProposalForm();
        form.setLanguage(language());
        form.setTitle(title);
        form.setSummary(summary);
        form.setDescription(description);
        form.setCategoryId(categoryId);
        form.setPoolId(poolId);
        form.setAddress(address == null ? "" : address);
        form.setLatitude(latitude);
        form.setLongitude(longitude);
        costItems.forEach(item -> form.getCostItems().add(item.form()));
        translations.forEach((code, t) -> Language.fromCode(code).ifPresent(l -> form.getTranslations().put(l, t.form())));
        return form;
    }

    public void submit(Instant now, LocalDate deadline) {
        status = ProposalStatus.COLLECTING_SUPPORT;
        submittedAt = now;
        supportDeadline = deadline;
    }

    public void moveTo(ProposalStatus next) {
        status = next;
    }

    /** Joined into another proposal: this one ends, and its author becomes a co-author of the other. */
    public void mergeInto(Proposal into, String authorEmail) {
        status = ProposalStatus.MERGED;
        mergedIntoId = into.getId();
        into.invite(authorEmail);
        into.coAuthor(authorEmail).ifPresent(c -> c.answer(true));
    }

    public void recordPaperSupports(int count) {
        paperSupports = count;
    }

    public void markReminderSent() {
        reminderSent = true;
    }

    public boolean isAuthor(long accountId, String email) {
        return authorId == accountId || coAuthors.stream()
                .anyMatch(c -> c.status() == CoAuthorStatus.ACCEPTED && c.email().equalsIgnoreCase(email));
    }

    public List<CoAuthor> coAuthors() {
        return coAuthors;
    }

    public Optional<CoAuthor> coAuthor(String email) {
        return coAuthors.stream().filter(c -> c.email().equalsIgnoreCase(email)).findFirst();
    }

    public void invite(String email) {
        if (coAuthor(email).isEmpty()) {
            coAuthors.add(new CoAuthor(email));
        }
    }

    public void uninvite(String email) {
        coAuthors.removeIf(c -> c.email().equalsIgnoreCase(email));
    }

    public Map<Language, TranslationForm> translations() {
        Map<Language, TranslationForm> result = new EnumMap<>(Language.class);
        translations.forEach((code, t) -> Language.fromCode(code).ifPresent(l -> result.put(l, t.form())));
        return result;
    }

    private String searchText() {
        var text = new StringBuilder(title).append('\n').append(summary).append('\n').append(description);
        translations.values().forEach(t -> text.append('\n').append(t.text()));
        return text.toString();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Language language() {
        return Language.fromCode(language).orElse(Language.DEFAULT);
    }

    public Long getId() { return id; }
    public long getEditionId() { return editionId; }
    public Long getPoolId() { return poolId; }
    public Long getCategoryId() { return categoryId; }
    public long getAuthorId() { return authorId; }
    public ProposalStatus getStatus() { return status; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getDescription() { return description; }
    public String getAddress() { return address; }
    public BigDecimal getLatitude() { return latitude; }
    public BigDecimal getLongitude() { return longitude; }
    public BigDecimal getTotalCost() { return totalCost; }
    public int getESupports() { return eSupports; }
    public int getPaperSupports() { return paperSupports; }
    public Instant getSubmittedAt() { return submittedAt; }
    public LocalDate getSupportDeadline() { return supportDeadline; }
    public boolean isReminderSent() { return reminderSent; }
    public Long getMergedIntoId() { return mergedIntoId; }
    public String getHiddenReason() { return hiddenReason; }
    public String getExternalRef() { return externalRef; }

    public void hide(String reason) {
        hiddenReason = reason;
    }
    public Instant getUpdatedAt() { return updatedAt; }
    public List<CostItem> getCostItems() { return costItems; }
}
