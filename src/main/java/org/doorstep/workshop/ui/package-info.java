/**
 * The workshop views: the trainer's sessions list, the presenter's screen and summary, and the trainee's room and
 * join page.
 */
@NullMarked
package org.doorstep.workshop.ui;

import org.jspecify.annotations.NullMarked;
