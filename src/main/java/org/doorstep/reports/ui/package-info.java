/**
 * The managers' reports view.
 */
@NullMarked
package org.doorstep.reports.ui;

import org.jspecify.annotations.NullMarked;
