package org.doorstep.course.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.doorstep.course.ContentProblem;

/**
 * Where each field of the lesson form is, by the checker's field path ({@code steps[1].nodes[2].text}), so a problem
 * is shown beside the field it concerns and the summary can take the author there. A problem about something that is
 * no single field (a node nobody reaches, an item without a right answer) goes to a note registered for that part.
 */
final class FieldMarks {

    /** A line under a part of the form (a node, an item, a step) for its problems; focus goes to {@code target}. */
    static final class Note extends Div {
        private final Component target;

        Note(Component target) {
            this.target = target;
            addClassName("form-problem");
            setVisible(false);
        }
    }

    private final Map<String, Component> places = new HashMap<>();

    void field(String path, Component field) {
        places.put(path, field);
    }

    void note(String path, Note note) {
        places.put(path, note);
    }

    /** Forgets every place under the path (a part of the form about to be rebuilt). */
    void forget(String prefix) {
        places.keySet().removeIf(path -> path.equals(prefix) || path.startsWith(prefix + ".") || path.startsWith(prefix + "["));
    }

    void clearAll() {
        places.clear();
    }

    void clearMarks() {
        places.values().forEach(place -> {
            if (place instanceof Note note) {
                note.removeAll();
                note.setVisible(false);
            } else if (place instanceof HasValidation field) {
                field.setInvalid(false);
                field.setErrorMessage(null);
            }
        });
    }

    /** Marks the problem at its place, or the nearest enclosing one; empty when the form has no place for it. */
    Optional<Component> mark(ContentProblem problem) {
        Optional<Component> place = placeOf(problem.field());
        place.ifPresent(found -> {
            if (found instanceof Note note) {
                note.add(new Div(problem.problem()));
                note.setVisible(true);
            } else if (found instanceof HasValidation field) {
                String before = field.getErrorMessage();
                field.setErrorMessage(before == null || before.isEmpty() ? problem.problem() : before + "; " + problem.problem());
                field.setInvalid(true);
            }
        });
        return place;
    }

    Optional<Component> placeOf(String path) {
        String at = path;
        while (!at.isEmpty()) {
            Component place = places.get(at);
            if (place != null) {
                return Optional.of(place);
            }
            int cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
            at = cut < 0 ? "" : at.substring(0, cut);
        }
        return Optional.empty();
    }

    /** Opens every collapsed part around the place, scrolls to it and moves the focus there. */
    static void reveal(Component place) {
        Component target = place instanceof Note note ? note.target : place;
        for (Component up = target.getParent().orElse(null); up != null; up = up.getParent().orElse(null)) {
            if (up instanceof Details details) {
                details.setOpened(true);
            }
        }
        target.scrollIntoView();
        if (target instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }
}
