/**
 * The course feature's content loading and validation, published versions, drafts and the stores of progress and
 * learning records.
 */
@NullMarked
package org.doorstep.course.internal;

import org.jspecify.annotations.NullMarked;
