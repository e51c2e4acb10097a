package org.doorstep.reports.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import org.doorstep.KaribuTest;
import org.doorstep.TestData;
import org.doorstep.reports.PersonProgress;
import org.doorstep.reports.ReportFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The /reports grid pages from the database and sorts there when a header is clicked, on {@link ReportFixture}
 * (figures by person in {@code ReportsPagingIT}): the view holds no list of people.
 */
class ReportsGridViewTest extends KaribuTest {

    private ReportFixture fixture;
    private ReportsView view;

    @BeforeEach
    void managerOpensReports() {
        fixture = new ReportFixture(context);
        signInAs(fixture.manager);
        navigate("reports");
        view = _get(ReportsView.class);
    }

    private String names() {
        return names(GridKt._fetch(view.grid, 0, GridKt._size(view.grid)));
    }

    private static String names(List<PersonProgress> people) {
        return String.join(" ", people.stream().map(p -> p.name().split(" ")[0]).toList());
    }

    @Test
    void the_grid_asks_the_database_for_its_rows_and_keeps_no_list_of_people() {
        assertThat(view.grid.getDataProvider()).isNotInstanceOf(ListDataProvider.class);
        assertThat(GridKt._size(view.grid)).isEqualTo(5);
        assertThat(names()).isEqualTo("Ann Bob Cat Dan Eve");
        assertThat(view.grid.isAllRowsVisible()).as("five people fit without scrolling").isTrue();
    }

    @Test
    void clicking_a_header_sorts_the_people_by_that_column_in_either_direction() {
        GridKt._sortByHeader(view.grid, "Lessons completed", SortDirection.DESCENDING);
        assertThat(names()).isEqualTo("Ann Dan Bob Eve Cat");
        assertThat(GridKt._getFormattedRow(view.grid, 4)).startsWith("Cat Cole", "Team A " + fixture.suffix, "yes", "0 / 8");
        GridKt._sortByHeader(view.grid, "Profile-view ratio", SortDirection.ASCENDING);
        assertThat(names()).as("n/a counts as the lowest, ties by name").isEqualTo("Bob Cat Dan Eve Ann");
        GridKt._sortByHeader(view.grid, "Last course activity", SortDirection.ASCENDING);
        assertThat(names()).isEqualTo("Cat Dan Ann Bob Eve");
        GridKt._sortByHeader(view.grid, "Overdue follow-ups", SortDirection.DESCENDING);
        assertThat(names()).isEqualTo("Eve Dan Ann Bob Cat");
        GridKt._sortByHeader(view.grid, "Team", SortDirection.DESCENDING);
        assertThat(names()).isEqualTo("Dan Eve Ann Bob Cat");
    }

    @Test
    void every_column_is_sortable() {
        assertThat(view.grid.getColumns()).allSatisfy(column -> assertThat(column.isSortable()).as(column.getKey()).isTrue());
        assertThat(view.grid.getColumns()).hasSize(11);
    }

    @Test
    void a_page_of_the_grid_is_the_slice_of_the_sorted_people() {
        GridKt._sortByHeader(view.grid, "Connections reviewed", SortDirection.DESCENDING);
        assertThat(names(GridKt._fetch(view.grid, 1, 3))).isEqualTo("Ann Bob Cat");
        assertThat(GridKt._get(view.grid, 0).name()).isEqualTo("Dan Dale");
    }

    @Test
    void a_team_of_more_than_fifty_people_scrolls_in_a_grid_of_fixed_height_fetching_pages() {
        TestData data = TestData.in(context);
        TestData.Team teamB = new TestData.Team(fixture.teamB, "Team B " + fixture.suffix);
        for (int i = 1; i <= 55; i++) {
            data.joinTeam(teamB, fixture.organisation.account("crowd", String.format("Zed Crowd %02d", i)));
        }
        userSets(view.team, view.team.getListDataView().getItems().filter(t -> t.id() == fixture.teamB).findFirst().orElseThrow());
        assertThat(GridKt._size(view.grid)).isEqualTo(57);
        assertThat(view.grid.isAllRowsVisible()).isFalse();
        assertThat(view.grid.getHeight()).isEqualTo("36rem");
        // Dan, Eve, then the crowd by name: rows 51 to 57 are the crowd's last seven.
        assertThat(GridKt._fetch(view.grid, 50, 50)).extracting(PersonProgress::name).containsExactly("Zed Crowd 49",
                "Zed Crowd 50", "Zed Crowd 51", "Zed Crowd 52", "Zed Crowd 53", "Zed Crowd 54", "Zed Crowd 55");
        assertThat(rendered(view.figures)).contains("In a cohort 1 of 57");
    }
}
