package org.civitas.budget;

import java.util.List;
import java.util.Optional;

import org.civitas.budget.internal.DistrictRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The city's districts: public reference data, readable by anyone. */
@Service
@Transactional(readOnly = true)
public class DistrictService {

    private final DistrictRepository districts;

    DistrictService(DistrictRepository districts) {
        this.districts = districts;
    }

    public List<DistrictSummary> all() {
        return districts.findAllByOrderByNumberAsc().stream().map(d -> d.summary()).toList();
    }

    public Optional<DistrictSummary> find(long id) {
        return districts.findById(id).map(d -> d.summary());
    }
}
