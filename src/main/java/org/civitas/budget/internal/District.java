package org.civitas.budget.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.civitas.budget.DistrictSummary;

@Entity
public class District {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int number;
    private String roman;
    private String name;
    private int population;

    protected District() {
    }

    public DistrictSummary summary() {
        return new DistrictSummary(id, number, roman, name, population);
    }
}
