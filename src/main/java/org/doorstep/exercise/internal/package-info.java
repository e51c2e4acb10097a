/**
 * The exercise's import of LinkedIn export files (reading, parsing, staging) and the store of connections and
 * decisions.
 */
@NullMarked
package org.doorstep.exercise.internal;

import org.jspecify.annotations.NullMarked;
