/**
 * The exercise views: importing a LinkedIn export, triaging connections and planning the first messages.
 */
@NullMarked
package org.doorstep.exercise.ui;

import org.jspecify.annotations.NullMarked;
