package org.doorstep.exercise;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;

/**
 * A {@link ConnectionFilter} with only the named parts set, the rest empty (null, false), whatever other parts the
 * record gains: tests and benchmarks say what they filter on without spelling out every component.
 */
public final class Filters {

    private Filters() {
    }

    public static ConnectionFilter of(Map<String, Object> parts) {
        RecordComponent[] components = ConnectionFilter.class.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<?> type = components[i].getType();
            Object empty = null;
            if (type == boolean.class) {
                empty = Boolean.FALSE;
            } else if (type.isPrimitive()) {
                throw new IllegalStateException("No empty value for " + type);
            }
            values[i] = parts.getOrDefault(components[i].getName(), empty);
        }
        if (!Arrays.stream(components).map(RecordComponent::getName).toList().containsAll(parts.keySet())) {
            throw new IllegalArgumentException("No such filter part in " + parts.keySet());
        }
        try {
            return ConnectionFilter.class.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new)).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ConnectionFilter of(String part, Object value) {
        return of(Map.of(part, value));
    }
}
