/**
 * Trainees' before/after results (snapshots of their network's figures, follow-ups) and the trainers' results
 * tracker.
 */
@NullMarked
package org.doorstep.results;

import org.jspecify.annotations.NullMarked;
