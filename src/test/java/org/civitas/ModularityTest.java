package org.civitas;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void modules_talk_only_through_their_public_api_and_have_no_cycles() {
        ApplicationModules.of(Application.class).verify();
    }
}
