package org.civitas.voting.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

import org.civitas.voting.VotingRuleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes online ballots with a group commit. Each ballot's writes (its participation record and its ballot rows)
 * run in a transaction shared with the ballots that arrived while the previous transaction was committing, so
 * 32 simultaneous voters wait for one disk flush instead of 32 queued ones. The batch writes every participation
 * record first, then the admitted ballots shuffled, so that within a batch the order of writes does not pair a
 * ballot with its voter (docs/adr/0006). A ballot is still all or nothing:
 *
 * <ul>
 * <li>when the register's key refuses a participation insert (a second ballot) MariaDB undoes just that statement,
 * the refusal goes back to that voter alone, their ballot is not written, and the others' ballots go on;
 * <li>an error while writing the ballots (no longer a voter's fault) fails the whole transaction: every voter of the
 * batch gets the error, and nothing of theirs is stored;
 * <li>a deadlock or lock timeout undoes the whole transaction; the batch is then written again from the start, and
 * when that keeps failing, every voter of the batch is told (translated) that nothing was stored and to cast again.
 * </ul>
 *
 * With one voter at a time a batch holds one ballot, so nothing waits longer than it did. A few lanes write side by
 * side, so that one batch's round trips to the database do not hold up every other voter. Two lanes' transactions
 * must not wait for each other, or they deadlock: with a batch of many ballots each, lane A can hold person X's
 * register row and want Y's while lane B holds Y's and wants X's (a thousand simultaneous casts for a hundred people
 * did that, again and again). So every cast of one identity goes to the same lane, where a second one meets the
 * first in the same transaction or after it, and the transactions run under read committed, where a refused
 * duplicate locks only its row and not the gap before it, which another lane's new row would have to wait for.
 */
@Component
public class BallotWriter {

    /** Enough to share a flush among every voter of a busy moment; small enough to keep a transaction short. */
    private static final int MOST_PER_BATCH = 200;
    static final int ATTEMPTS = 3;
    /** What a voter reads when the batch could not be written: nothing of theirs is stored, so they may cast again. */
    static final String BUSY = "voting.error.busy";
    private static final Logger log = LoggerFactory.getLogger(BallotWriter.class);
    private static final int LANES = 4;

    private final TransactionTemplate transactions;
    private final Lane[] lanes = new Lane[LANES];
    /** Unpredictable, so that the order of a batch's ballots says nothing about the order of its voters. */
    private final SecureRandom shuffle = new SecureRandom();

    BallotWriter(PlatformTransactionManager transactions) {
        this.transactions = new TransactionTemplate(transactions);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        for (int i = 0; i < LANES; i++) {
            lanes[i] = new Lane();
        }
    }

    /**
     * Runs a ballot's writes in a transaction, maybe together with other voters', and returns once it is committed:
     * first every participation record of the batch, in the order they came, then the ballots of those admitted, in
     * a random order, so that not even the order of the writes (in a binary or redo log) pairs a ballot with its
     * voter within the batch. The writes may run on another voter's thread: they must take what they need from
     * their caller, not from the thread (security context, locale).
     *
     * @param identityHash the hash of the voter's identity, which picks the lane: casts of one person never race
     *                     in two transactions
     * @param register     the participation record; a {@link VotingRuleException} from it refuses only this ballot
     *                     (nothing of it is written), and is rethrown here
     * @param ballot       the ballot's rows, written only if {@code register} succeeded
     */
    public void write(String identityHash, Runnable register, Runnable ballot) {
        var pending = new Pending(register, ballot);
        lanes[Math.floorMod(identityHash.hashCode(), LANES)].write(pending);
        if (pending.refusal != null) {
            throw pending.refusal;
        }
    }

    /** A queue of ballots and the lock of the one voter's thread that writes them, batch by batch. */
    private final class Lane {

        private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
        private final ReentrantLock writing = new ReentrantLock();

        void write(Pending pending) {
            queue.add(pending);
            writing.lock();
            try {
                while (!pending.settled) {
                    writeBatch(queue);
                }
            } finally {
                writing.unlock();
            }
        }
    }

    private void writeBatch(Queue<Pending> queue) {
        List<Pending> batch = new ArrayList<>();
        for (Pending p = queue.poll(); p != null; p = batch.size() < MOST_PER_BATCH ? queue.poll() : null) {
            batch.add(p);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.executeWithoutResult(status -> {
                    batch.forEach(Pending::register);
                    List<Pending> admitted = new ArrayList<>(batch.stream().filter(Pending::admitted).toList());
                    Collections.shuffle(admitted, shuffle);
                    admitted.forEach(Pending::ballot);
                });
                batch.forEach(p -> p.settled = true);
                return;
            } catch (TransientDataAccessException e) {
                if (attempt == ATTEMPTS) {
                    // the class only: the database's message could carry a statement's values
                    log.warn("{} ballots not written: {} on each of {} attempts", batch.size(),
                            e.getClass().getSimpleName(), ATTEMPTS);
                    batch.forEach(p -> p.fail(new VotingRuleException(BUSY)));
                    return;
                }
            } catch (RuntimeException e) {
                batch.forEach(p -> p.fail(e));
                return;
            }
        }
    }

    /** One ballot's writes and, once its batch is committed or failed, its outcome. */
    private static final class Pending {

        private final Runnable register;
        private final Runnable ballot;
        private volatile boolean settled;
        private volatile RuntimeException refusal;

        Pending(Runnable register, Runnable ballot) {
            this.register = register;
            this.ballot = ballot;
        }

        /** Writes the participation record; a refusal is kept for its voter instead of failing the batch. */
        void register() {
            refusal = null;
            try {
                register.run();
            } catch (VotingRuleException e) {
                refusal = e;
            }
        }

        boolean admitted() {
            return refusal == null;
        }

        void ballot() {
            ballot.run();
        }

        void fail(RuntimeException e) {
            refusal = e;
            settled = true;
        }
    }
}
