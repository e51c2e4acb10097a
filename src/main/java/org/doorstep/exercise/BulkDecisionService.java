package org.doorstep.exercise;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.doorstep.base.SignedInUser;
import org.doorstep.exercise.internal.BulkDecisionStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One decision for many of the signed-in trainee's connections at once, and the undo of the last such action.
 * As in {@link ExerciseService}, nothing here takes a user id: only the caller's own connections are reached.
 * Decisions made one by one are never overwritten unless the trainee says so; criteria are never touched.
 */
@Service
@PreAuthorize("hasRole('TRAINEE')")
public class BulkDecisionService {

    private final BulkDecisionStore store;
    private final Clock clock;

    BulkDecisionService(BulkDecisionStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The counts the confirmation states before anything changes. */
    @Transactional(readOnly = true)
    public BulkPreview preview(BulkSelection selection, Decision decision) {
        return store.preview(SignedInUser.currentId(), selection, decision);
    }

    /**
     * Gives every selected connection this decision, except those decided one by one unless
     * {@code overrideOneByOne}; the previous decisions are kept for {@link #undoLast()}. "Reach out" gets a
     * due date two weeks ahead where none is set, as a decision made one by one does.
     */
    @Transactional
    public BulkAction decide(BulkSelection selection, Decision decision, boolean overrideOneByOne) {
        LocalDate due = decision == Decision.REACH_OUT ? LocalDate.now(clock).plusDays(ExerciseService.REACH_OUT_DAYS) : null;
        return store.decide(SignedInUser.currentId(), selection, decision, overrideOneByOne, due, clock.instant());
    }

    /** The last bulk action, while it can still be undone (also after a reload). */
    @Transactional(readOnly = true)
    public Optional<BulkAction> undoable() {
        return store.undoable(SignedInUser.currentId());
    }

    /**
     * Undoes the last bulk action: each row it set gets back its previous decision (undecided ones come back
     * undecided), except rows decided one by one since. Returns how many rows were restored; 0 when there is
     * nothing to undo.
     */
    @Transactional
    public int undoLast() {
        long me = SignedInUser.currentId();
        return store.undoable(me).map(last -> store.undo(me, last.id(), clock.instant())).orElse(0);
    }
}
