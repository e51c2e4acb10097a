/**
 * The network-pruning exercise: a trainee imports their LinkedIn connections and decides, one by one, which to
 * keep.
 */
@NullMarked
package org.doorstep.exercise;

import org.jspecify.annotations.NullMarked;
