package org.civitas.review.internal;

import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;

import org.civitas.budget.LocalizedName;
import org.civitas.review.CityUnitSummary;
import org.civitas.shared.Language;

@Entity
public class CityUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "city_unit_name", joinColumns = @JoinColumn(name = "unit_id"))
    @MapKeyColumn(name = "language")
    @Column(name = "name")
    private Map<String, String> names = new HashMap<>();

    protected CityUnit() {
    }

    public CityUnit(String code, Map<Language, String> names) {
        this.code = code;
        rename(names);
    }

    public void rename(Map<Language, String> newNames) {
        names.clear();
        newNames.forEach((language, name) -> {
            if (name != null && !name.isBlank()) {
                names.put(language.code(), name.strip());
            }
        });
    }

    public CityUnitSummary summary() {
        Map<Language, String> byLanguage = new HashMap<>();
        names.forEach((code, name) -> Language.fromCode(code).ifPresent(l -> byLanguage.put(l, name)));
        return new CityUnitSummary(id, code, new LocalizedName(byLanguage));
    }
}
