/**
 * The results feature's stores of snapshots and follow-up reminders.
 */
@NullMarked
package org.doorstep.results.internal;

import org.jspecify.annotations.NullMarked;
