/**
 * Live workshops: trainers schedule and present sessions, trainees join with a code, follow the room and answer its
 * polls.
 */
@NullMarked
package org.doorstep.workshop;

import org.jspecify.annotations.NullMarked;
