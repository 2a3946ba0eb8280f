package org.civitas.review.internal;

import java.util.Map;

import org.civitas.shared.Language;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A few of Kraków's units that review proposals, in the dev profile only. */
@Component
@Profile("dev")
@Order(40)
class DemoCityUnits implements ApplicationRunner {

    private final CityUnitRepository units;

    DemoCityUnits(CityUnitRepository units) {
        this.units = units;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        unit("ZZM", "Zarząd Zieleni Miejskiej", "Municipal Greenery Board", "Управління міської зелені",
                "Упраўленне гарадской зеляніны", "Управление городской зелени", "ქალაქის გამწვანების სამმართველო");
        unit("ZDMK", "Zarząd Dróg Miasta Krakowa", "Kraków Municipal Roads Board", "Управління доріг міста Кракова",
                "Упраўленне дарог горада Кракава", "Управление дорог города Кракова", "კრაკოვის გზების სამმართველო");
        unit("ZIS", "Zarząd Infrastruktury Sportowej", "Sports Infrastructure Board", "Управління спортивної інфраструктури",
                "Упраўленне спартыўнай інфраструктуры", "Управление спортивной инфраструктуры",
                "სპორტული ინფრასტრუქტურის სამმართველო");
        unit("WK", "Wydział Kultury i Dziedzictwa Narodowego", "Department of Culture and National Heritage",
                "Відділ культури та національної спадщини", "Аддзел культуры і нацыянальнай спадчыны",
                "Отдел культуры и национального наследия", "კულტურისა და ეროვნული მემკვიდრეობის განყოფილება");
    }

    private void unit(String code, String pl, String en, String uk, String be, String ru, String ka) {
        if (!units.existsByCode(code)) {
            units.save(new CityUnit(code, Map.of(Language.PL, pl, Language.EN, en, Language.UK, uk, Language.BE, be,
                    Language.RU, ru, Language.KA, ka)));
        }
    }
}
