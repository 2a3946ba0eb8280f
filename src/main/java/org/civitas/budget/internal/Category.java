package org.civitas.budget.internal;

import java.util.EnumMap;
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

import org.civitas.budget.CategorySummary;
import org.civitas.budget.LocalizedName;
import org.civitas.budget.NamesForm;
import org.civitas.shared.Language;

@Entity
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int position;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "category_name", joinColumns = @JoinColumn(name = "category_id"))
    @MapKeyColumn(name = "language")
    @Column(name = "name")
    private Map<String, String> names = new HashMap<>();

    protected Category() {
    }

    Category(int position) {
        this.position = position;
    }

    Long id() {
        return id;
    }

    void update(int position, NamesForm form) {
        this.position = position;
        Names.copy(form, names);
    }

    CategorySummary summary() {
        return new CategorySummary(id, Names.read(names));
    }

    /** Names stored by language code, only those given. */
    static final class Names {

        private Names() {
        }

        static void copy(NamesForm form, Map<String, String> target) {
            for (Language language : Language.values()) {
                String text = form.get(language) == null ? "" : form.get(language).strip();
                if (text.isEmpty()) {
                    target.remove(language.code());
                } else {
                    target.put(language.code(), text);
                }
            }
        }

        static LocalizedName read(Map<String, String> stored) {
            Map<Language, String> texts = new EnumMap<>(Language.class);
            stored.forEach((code, text) -> Language.fromCode(code).ifPresent(l -> texts.put(l, text)));
            return new LocalizedName(texts);
        }
    }
}
