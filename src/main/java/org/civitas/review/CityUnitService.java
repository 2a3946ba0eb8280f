package org.civitas.review;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.civitas.review.internal.CityUnit;
import org.civitas.review.internal.CityUnitRepository;
import org.civitas.review.internal.AuditLog;
import org.civitas.shared.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins configure the city units that review proposals: a short code and a name in each language. */
@Service
@Transactional
@RolesAllowed("ADMIN")
public class CityUnitService {

    private final CityUnitRepository units;
    private final AuditLog audit;

    CityUnitService(CityUnitRepository units, AuditLog audit) {
        this.units = units;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<CityUnitSummary> all() {
        return units.findAllByOrderByCode().stream().map(CityUnit::summary).toList();
    }

    /** @throws ReviewRuleException without a code or a Polish name, or with a code already taken */
    public long create(String code, Map<Language, String> names) {
        String c = check(code, names);
        if (units.existsByCode(c)) {
            throw new ReviewRuleException("review.units.error.code-taken");
        }
        long id = units.save(new CityUnit(c, names)).summary().id();
        audit.record("city-unit", id, "created", null, c);
        return id;
    }

    public void rename(long id, Map<Language, String> names) {
        check("x", names);
        CityUnit unit = units.findById(id).orElseThrow(() -> new ReviewRuleException("review.units.error.unknown"));
        audit.record("city-unit", id, "renamed", unit.summary().name().in(Language.PL), names.get(Language.PL));
        unit.rename(names);
    }

    private static String check(String code, Map<Language, String> names) {
        if (code == null || code.isBlank() || names.get(Language.PL) == null || names.get(Language.PL).isBlank()) {
            throw new ReviewRuleException("review.units.error.required");
        }
        return code.strip().toUpperCase(Locale.ROOT);
    }
}
