/**
 * Managers' progress reports for the teams they manage: filters, sorting, team figures and per-person progress.
 */
@NullMarked
package org.doorstep.reports;

import org.jspecify.annotations.NullMarked;
