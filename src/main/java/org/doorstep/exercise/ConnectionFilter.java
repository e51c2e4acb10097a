package org.doorstep.exercise;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the triage list shows, and in which order; null, blank or false parts do not filter.
 *
 * @param oldestFirst         oldest connections first instead of newest (ignored when strangersFirst)
 * @param neverMessaged       only people with no message in messages.csv
 * @param invitedWithoutNote  only people who invited the trainee without a note
 * @param burstWeek           only people connected in a burst week
 * @param week                only people connected in the week (Monday to Sunday) that starts on this Monday;
 *                            any other day stands for its week
 * @param noCompanyOrPosition only people without company or position (closed or hidden profiles)
 * @param strangersFirst      order "likely strangers first": {@link ConnectionRow#strangerScore()} highest
 *                            first, then newest, then id
 */
public record ConnectionFilter(boolean undecidedOnly, @Nullable Decision decision, @Nullable String company, @Nullable String position,
        @Nullable Integer year, @Nullable String name, boolean oldestFirst,
        boolean neverMessaged, boolean invitedWithoutNote, boolean burstWeek, @Nullable LocalDate week,
        boolean noCompanyOrPosition, boolean strangersFirst) {

    public static final ConnectionFilter ALL = new ConnectionFilter(false, null, null, null, null, null, false);

    public ConnectionFilter {
        week = ConnectionEvidence.weekOf(week);
    }

    /** The filter as it was before the evidence filters: none of them set, newest or oldest first. */
    public ConnectionFilter(boolean undecidedOnly, @Nullable Decision decision, @Nullable String company, @Nullable String position,
            @Nullable Integer year, @Nullable String name, boolean oldestFirst) {
        this(undecidedOnly, decision, company, position, year, name, oldestFirst, false, false, false, null, false, false);
    }

    public ConnectionFilter withUndecidedOnly(boolean value) {
        return new ConnectionFilter(value, decision, company, position, year, name, oldestFirst, neverMessaged,
                invitedWithoutNote, burstWeek, week, noCompanyOrPosition, strangersFirst);
    }

    public ConnectionFilter withDecision(@Nullable Decision value) {
        return new ConnectionFilter(undecidedOnly, value, company, position, year, name, oldestFirst, neverMessaged,
                invitedWithoutNote, burstWeek, week, noCompanyOrPosition, strangersFirst);
    }

    public ConnectionFilter withCompany(@Nullable String value) {
        return new ConnectionFilter(undecidedOnly, decision, value, position, year, name, oldestFirst, neverMessaged,
                invitedWithoutNote, burstWeek, week, noCompanyOrPosition, strangersFirst);
    }

    public ConnectionFilter withPosition(@Nullable String value) {
        return new ConnectionFilter(undecidedOnly, decision, company, value, year, name, oldestFirst, neverMessaged,
                invitedWithoutNote, burstWeek, week, noCompanyOrPosition, strangersFirst);
    }

    public ConnectionFilter withYear(@Nullable Integer value) {
        return new ConnectionFilter(undecidedOnly, decision, company, position, value, name, oldestFirst, neverMessaged,
                invitedWithoutNote, burstWeek, week, noCompanyOrPosition, strangersFirst);
    }

    public ConnectionFilter withName(@Nullable String value) {
        return new ConnectionFilter(undecidedOnly, decision, company, position, year, value, oldestFirst, neverMessaged,
                invitedWithoutNote, burstWeek, week, noCompanyOrPosition, strangersFirst);
    }

    public ConnectionFilter withOldestFirst(boolean value) {
        return new ConnectionFilter(undecidedOnly, decision, company, position, year, name, value, neverMessaged,
                invitedWithoutNote, burstWeek, week, noCompanyOrPosition, strangersFirst);
    }

    public ConnectionFilter withNeverMessaged(boolean value) {
        return new ConnectionFilter(undecidedOnly, decision, company, position, year, name, oldestFirst, value,
                invitedWithoutNote, burstWeek, week, noCompanyOrPosition, strangersFirst);
    }

    public ConnectionFilter withInvitedWithoutNote(boolean value) {
        return new ConnectionFilter(undecidedOnly, decision, company, position, year, name, oldestFirst, neverMessaged,
                value, burstWeek, week, noCompanyOrPosition, strangersFirst);
    }

    public ConnectionFilter withBurstWeek(boolean value) {
        return new ConnectionFilter(undecidedOnly, decision, company, position, year, name, oldestFirst, neverMessaged,
                invitedWithoutNote, value, week, noCompanyOrPosition, strangersFirst);
    }

    /** Connected in the week of this day (its Monday to Sunday); null for any week. */
    public ConnectionFilter withWeek(@Nullable LocalDate value) {
        return new ConnectionFilter(undecidedOnly, decision, company, position, year, name, oldestFirst, neverMessaged,
                invitedWithoutNote, burstWeek, value, noCompanyOrPosition, strangersFirst);
    }

    public ConnectionFilter withNoCompanyOrPosition(boolean value) {
        return new ConnectionFilter(undecidedOnly, decision, company, position, year, name, oldestFirst, neverMessaged,
                invitedWithoutNote, burstWeek, week, value, strangersFirst);
    }

    public ConnectionFilter withStrangersFirst(boolean value) {
        return new ConnectionFilter(undecidedOnly, decision, company, position, year, name, oldestFirst, neverMessaged,
                invitedWithoutNote, burstWeek, week, noCompanyOrPosition, value);
    }
}
