package org.doorstep.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.doorstep.reports.ReportColumn.BASELINE;
import static org.doorstep.reports.ReportColumn.ENROLLED;
import static org.doorstep.reports.ReportColumn.LAST_ACTIVITY;
import static org.doorstep.reports.ReportColumn.LAST_ENTRY;
import static org.doorstep.reports.ReportColumn.LESSONS;
import static org.doorstep.reports.ReportColumn.OVERDUE;
import static org.doorstep.reports.ReportColumn.PERSON;
import static org.doorstep.reports.ReportColumn.RATIO;
import static org.doorstep.reports.ReportColumn.REMOVED;
import static org.doorstep.reports.ReportColumn.REVIEWED;
import static org.doorstep.reports.ReportColumn.TEAM;
import static org.doorstep.reports.ReportSort.ascending;
import static org.doorstep.reports.ReportSort.descending;

import java.util.List;
import org.doorstep.TestSignIn;
import org.doorstep.base.DateRange;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/**
 * The report's people sorted and paged in the database, on {@link ReportFixture}: every column in both
 * directions against orders worked out by hand from the fixture's figures, missing values lowest, ties by
 * name, and pages as slices of the same order.
 *
 * <pre>
 *        team  cohort lessons last activity  reviewed removed baseline ratio  overdue last entry
 *   Ann  A     yes    8       20 Mar         60 %     2       yes      × 3.0  1       20 Apr
 *   Bob  A     yes    3       2 Apr          n/a      0       yes      n/a    0       1 Apr
 *   Cat  A     yes    0       —              n/a      0       no       n/a    0       —
 *   Dan  B     yes    8       15 Feb         100 %    0       yes      n/a    2       10 Mar
 *   Eve  B     no     1       1 Jun          n/a      0       no       n/a    3       —
 * </pre>
 */
class ReportsPagingIT extends ManagerOfTheFixture {


    /** First names in the order the service gives, the whole report in one page. */
    private String sortedBy(ReportFilter filter, ReportSort... order) {
        return names(reports.people(filter, List.of(order), 0, 50));
    }

    private String sortedBy(ReportSort... order) {
        return sortedBy(ReportFilter.ALL, order);
    }

    private static String names(List<PersonProgress> people) {
        return String.join(" ", people.stream().map(p -> p.name().split(" ")[0]).toList());
    }

    @Test
    void each_column_sorts_both_ways_with_missing_values_lowest_and_ties_by_name() {
        assertThat(sortedBy()).isEqualTo("Ann Bob Cat Dan Eve");
        assertThat(sortedBy(ascending(PERSON))).isEqualTo("Ann Bob Cat Dan Eve");
        assertThat(sortedBy(descending(PERSON))).isEqualTo("Eve Dan Cat Bob Ann");
        assertThat(sortedBy(ascending(TEAM))).isEqualTo("Ann Bob Cat Dan Eve");
        assertThat(sortedBy(descending(TEAM))).isEqualTo("Dan Eve Ann Bob Cat");
        assertThat(sortedBy(ascending(ENROLLED))).isEqualTo("Eve Ann Bob Cat Dan");
        assertThat(sortedBy(descending(ENROLLED))).isEqualTo("Ann Bob Cat Dan Eve");
        assertThat(sortedBy(ascending(LESSONS))).isEqualTo("Cat Eve Bob Ann Dan");
        assertThat(sortedBy(descending(LESSONS))).isEqualTo("Ann Dan Bob Eve Cat");
        assertThat(sortedBy(ascending(LAST_ACTIVITY))).isEqualTo("Cat Dan Ann Bob Eve");
        assertThat(sortedBy(descending(LAST_ACTIVITY))).isEqualTo("Eve Bob Ann Dan Cat");
        assertThat(sortedBy(ascending(REVIEWED))).isEqualTo("Bob Cat Eve Ann Dan");
        assertThat(sortedBy(descending(REVIEWED))).isEqualTo("Dan Ann Bob Cat Eve");
        assertThat(sortedBy(ascending(REMOVED))).isEqualTo("Bob Cat Dan Eve Ann");
        assertThat(sortedBy(descending(REMOVED))).isEqualTo("Ann Bob Cat Dan Eve");
        assertThat(sortedBy(ascending(BASELINE))).isEqualTo("Cat Eve Ann Bob Dan");
        assertThat(sortedBy(descending(BASELINE))).isEqualTo("Ann Bob Dan Cat Eve");
        assertThat(sortedBy(ascending(RATIO))).isEqualTo("Bob Cat Dan Eve Ann");
        assertThat(sortedBy(descending(RATIO))).isEqualTo("Ann Bob Cat Dan Eve");
        assertThat(sortedBy(ascending(OVERDUE))).isEqualTo("Bob Cat Ann Dan Eve");
        assertThat(sortedBy(descending(OVERDUE))).isEqualTo("Eve Dan Ann Bob Cat");
        assertThat(sortedBy(ascending(LAST_ENTRY))).isEqualTo("Cat Eve Dan Bob Ann");
        assertThat(sortedBy(descending(LAST_ENTRY))).isEqualTo("Ann Bob Dan Cat Eve");
    }

    @Test
    void a_second_column_orders_within_the_first() {
        assertThat(sortedBy(ascending(TEAM), descending(LAST_ACTIVITY))).isEqualTo("Bob Ann Cat Eve Dan");
        assertThat(sortedBy(descending(BASELINE), ascending(LESSONS))).isEqualTo("Bob Ann Dan Cat Eve");
    }

    @Test
    void sorting_follows_the_figures_of_the_dates_and_the_cohort_chosen() {
        // Lessons in February and March: Ann 2, Bob 3, Cat 0, Dan 8, Eve 0.
        assertThat(sortedBy(new ReportFilter(null, null, FEBRUARY_AND_MARCH), descending(LESSONS)))
                .isEqualTo("Dan Bob Ann Cat Eve");
        // Overdue as of 31 March: Ann 1 (due 16 March), Dan 0 (due 13 April), Eve 0 (pruned in May).
        assertThat(sortedBy(new ReportFilter(null, null, FEBRUARY_AND_MARCH), descending(OVERDUE)))
                .isEqualTo("Ann Bob Cat Dan Eve");
        assertThat(sortedBy(new ReportFilter(null, fixture.cohortX, DateRange.ALWAYS), ascending(LAST_ACTIVITY)))
                .isEqualTo("Dan Ann Bob");
    }

    @Test
    void a_page_is_the_slice_of_the_sorted_people_and_the_count_is_everyone() {
        assertThat(names(reports.people(ReportFilter.ALL, List.of(descending(LESSONS)), 1, 2))).isEqualTo("Dan Bob");
        assertThat(names(reports.people(ReportFilter.ALL, List.of(descending(LESSONS)), 3, 50))).isEqualTo("Eve Cat");
        assertThat(names(reports.people(ReportFilter.ALL, List.of(descending(TEAM)), 1, 3))).isEqualTo("Eve Ann Bob");
        assertThat(names(reports.people(ReportFilter.ALL, List.of(descending(PERSON)), 3, 5))).isEqualTo("Bob Ann");
        assertThat(reports.people(ReportFilter.ALL, List.of(), 5, 50)).isEmpty();
        assertThat(reports.people(ReportFilter.ALL, List.of(ascending(RATIO)), 0, 0)).isEmpty();
        assertThat(reports.count(ReportFilter.ALL)).isEqualTo(5);
        assertThat(reports.count(new ReportFilter(fixture.teamA, fixture.cohortX, DateRange.ALWAYS))).isEqualTo(2);
    }

    @Test
    void a_page_chosen_by_name_or_team_carries_the_same_figures_as_the_whole_report() {
        // Sorting by the directory's columns picks the page before counting: its people must lose nothing.
        List<PersonProgress> everyone = reports.report(new ReportFilter(null, null, FEBRUARY_AND_MARCH)).people();
        List<PersonProgress> page = reports.people(new ReportFilter(null, null, FEBRUARY_AND_MARCH), List.of(ascending(TEAM)), 1, 3);
        assertThat(page).containsExactlyElementsOf(everyone.subList(1, 4));
        List<PersonProgress> byRatio = reports.people(new ReportFilter(null, null, FEBRUARY_AND_MARCH),
                List.of(descending(RATIO)), 0, 5);
        assertThat(byRatio).containsExactlyInAnyOrderElementsOf(everyone);
    }

    @Test
    void pages_and_counts_of_another_managers_team_are_refused() {
        ReportFilter theirs = ReportFilter.team(fixture.teamC);
        assertThatThrownBy(() -> reports.people(theirs, List.of(), 0, 50)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.count(theirs)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.figures(theirs)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.people(ReportFilter.ALL, List.of(), -1, 50)).isInstanceOf(IllegalArgumentException.class);
        TestSignIn.as(context, "trainer");
        assertThatThrownBy(() -> reports.people(ReportFilter.ALL, List.of(), 0, 50)).isInstanceOf(AccessDeniedException.class);
    }
}
