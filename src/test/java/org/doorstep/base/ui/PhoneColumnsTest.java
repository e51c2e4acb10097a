package org.doorstep.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhoneColumnsTest {

    private final Grid<String> grid = new Grid<>();
    private final Grid.Column<String> name = grid.addColumn(s -> s).setKey("name");
    private final Grid.Column<String> when = grid.addColumn(s -> s).setKey("when");
    private final Grid.Column<String> state = grid.addColumn(s -> s).setKey("state");

    private List<String> visible() {
        return grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey).toList();
    }

    @Test
    void a_phone_held_upright_sees_only_the_essential_columns() {
        PhoneColumns.show(grid, List.of(name, state), 390);

        assertThat(visible()).containsExactly("name", "state");
    }

    @Test
    void a_wider_window_gets_every_column_back() {
        PhoneColumns.show(grid, List.of(name, state), 390);
        PhoneColumns.show(grid, List.of(name, state), 1366);

        assertThat(visible()).containsExactly("name", "when", "state");
    }

    @Test
    void an_unknown_width_shows_every_column() {
        PhoneColumns.show(grid, List.of(name), 0);

        assertThat(visible()).containsExactly("name", "when", "state");
    }
}
