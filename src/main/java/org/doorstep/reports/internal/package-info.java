/**
 * The report rows as SQL and the report's PDF: tables, charts, fonts and page footers.
 */
@NullMarked
package org.doorstep.reports.internal;

import org.jspecify.annotations.NullMarked;
