package org.civitas.budget;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** A category as typed; {@code id} is kept when an existing one is edited, so proposals keep theirs. */
public class CategoryForm {

    private Long id;

    @Valid
    @NotNull
    private NamesForm name = new NamesForm();

    public CategoryForm() {
    }

    public CategoryForm(Long id, NamesForm name) {
        this.id = id;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public NamesForm getName() {
        return name;
    }

    public void setName(NamesForm name) {
        this.name = name;
    }
}
