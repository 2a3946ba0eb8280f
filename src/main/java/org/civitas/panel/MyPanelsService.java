package org.civitas.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;

import org.civitas.identity.ProfileService;
import org.civitas.panel.internal.Member;
import org.civitas.panel.internal.MemberRepository;
import org.civitas.shared.Language;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The panels the signed-in person volunteered for or was invited to, with where they stand in each. */
@Service
@Transactional(readOnly = true)
public class MyPanelsService {

    private final PanelService panels;
    private final VolunteerService volunteers;
    private final MemberRepository members;
    private final ProfileService profiles;

    MyPanelsService(PanelService panels, VolunteerService volunteers, MemberRepository members, ProfileService profiles) {
        this.panels = panels;
        this.volunteers = volunteers;
        this.members = members;
        this.profiles = profiles;
    }

    /** Newest panels first, as the public list orders them; a city holds a few panels a year, so one pass is enough. */
    @PermitAll
    public List<MyPanel> mine(Language reader) {
        long me = profiles.currentId().orElseThrow(() -> new AccessDeniedException("Sign in first"));
        List<MyPanel> mine = new ArrayList<>();
        for (PanelSummary panel : panels.list(reader)) {
            Optional<MyRegistration> registration = volunteers.mine(panel.id());
            Optional<Member> place = members.findFirstByPanelIdAndAccountIdOrderByIdDesc(panel.id(), me);
            if (registration.isPresent() || place.isPresent()) {
                mine.add(new MyPanel(panel, registration.orElse(null), place.map(Member::getRole).orElse(null),
                        place.map(Member::getStatus).orElse(null)));
            }
        }
        return mine;
    }
}
