package org.civitas.proposal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civitas.shared.Language;

/**
 * What an author writes: the wizard binds to it, a draft is saved from it as it stands, and submission checks
 * it whole ({@link Complete}). The pool's cost limits need the edition, so the service checks those.
 */
public class ProposalForm {

    @NotNull
    private Language language = Language.DEFAULT;

    @NotBlank(message = "{proposal.title.required}", groups = Complete.class)
    @Size(min = 5, max = 120, message = "{proposal.title.size}", groups = Complete.class)
    @Size(max = 120, message = "{proposal.title.too-long}")
    private String title = "";

    @NotBlank(message = "{proposal.summary.required}", groups = Complete.class)
    @Size(max = 300, message = "{proposal.summary.too-long}")
    private String summary = "";

    @NotBlank(message = "{proposal.description.required}", groups = Complete.class)
    @Size(max = 20000, message = "{proposal.description.too-long}")
    private String description = "";

    @NotNull(message = "{proposal.category.required}", groups = Complete.class)
    private Long categoryId;

    @NotNull(message = "{proposal.pool.required}", groups = Complete.class)
    private Long poolId;

    @Size(max = 300, message = "{proposal.address.too-long}")
    private String address = "";

    @DecimalMin(value = "-90") @DecimalMax(value = "90")
    private BigDecimal latitude;

    @DecimalMin(value = "-180") @DecimalMax(value = "180")
    private BigDecimal longitude;

    @Valid
    @NotEmpty(message = "{proposal.cost.items.required}", groups = Complete.class)
    @Size(max = 30, message = "{proposal.cost.items.too-many}")
    private List<CostItemForm> costItems = new ArrayList<>();

    @Valid
    private Map<Language, TranslationForm> translations = new EnumMap<>(Language.class);

    /** The estimate's total: the sum of its items. */
    public BigDecimal totalCost() {
        return costItems.stream().map(CostItemForm::total).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** The author's translation into {@code other}, made empty on first use so a form can bind to it. */
    public TranslationForm translation(Language other) {
        return translations.computeIfAbsent(other, l -> new TranslationForm());
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public Long getPoolId() {
        return poolId;
    }

    public void setPoolId(Long poolId) {
        this.poolId = poolId;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }

    public List<CostItemForm> getCostItems() {
        return costItems;
    }

    public void setCostItems(List<CostItemForm> costItems) {
        this.costItems = costItems;
    }

    public Map<Language, TranslationForm> getTranslations() {
        return translations;
    }

    public void setTranslations(Map<Language, TranslationForm> translations) {
        this.translations = translations;
    }
}
