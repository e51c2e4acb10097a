/**
 * The trainees' results view and the trainers' results tracker view.
 */
@NullMarked
package org.doorstep.results.ui;

import org.jspecify.annotations.NullMarked;
