/**
 * The shared plumbing behind base: outbox delivery, database outage handling, upload limits and user preferences.
 */
@NullMarked
package org.doorstep.base.internal;

import org.jspecify.annotations.NullMarked;
