package org.civitas.proposal;

import java.util.List;

/**
 * A proposal's status changes, oldest first, for its public page. The audit log (review module) answers it;
 * the proposal module only asks, so it does not depend on who keeps the log.
 */
public interface ProposalTimeline {

    List<StatusChange> of(long proposalId);
}
