package org.civitas.panel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;

import org.civitas.identity.ProfileService;
import org.civitas.panel.internal.Member;
import org.civitas.panel.internal.MemberRepository;
import org.civitas.panel.internal.Volunteer;
import org.civitas.panel.internal.VolunteerRepository;
import org.civitas.shared.Language;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The panels the signed-in person volunteered for or was invited to, with where they stand in each. */
@Service
@Transactional(readOnly = true)
public class MyPanelsService {

    private final PanelService panels;
    private final VolunteerRepository volunteers;
    private final MemberRepository members;
    private final ProfileService profiles;

    MyPanelsService(PanelService panels, VolunteerRepository volunteers, MemberRepository members,
            ProfileService profiles) {
        this.panels = panels;
        this.volunteers = volunteers;
        this.members = members;
        this.profiles = profiles;
    }

    /** In the order of the public list; the person's registrations and places are read once, not per panel. */
    @PermitAll
    public List<MyPanel> mine(Language reader) {
        long me = profiles.currentId().orElseThrow(() -> new AccessDeniedException("Sign in first"));
        Map<Long, Volunteer> registrations = volunteers.findByAccountId(me).stream()
                .collect(Collectors.toMap(Volunteer::getPanelId, v -> v));
        // the latest invitation of a panel is the person's place in it (an earlier one may have expired)
        Map<Long, Member> places = members.findByAccountId(me).stream().collect(Collectors.toMap(Member::getPanelId,
                m -> m, BinaryOperator.maxBy(Comparator.comparing(Member::getId))));
        List<MyPanel> mine = new ArrayList<>();
        for (PanelSummary panel : panels.list(reader)) {
            Volunteer registration = registrations.get(panel.id());
            Member place = places.get(panel.id());
            if (registration != null || place != null) {
                mine.add(new MyPanel(panel, registration == null ? null : VolunteerService.registration(registration),
                        place == null ? null : place.getRole(), place == null ? null : place.getStatus()));
            }
        }
        return mine;
    }
}
