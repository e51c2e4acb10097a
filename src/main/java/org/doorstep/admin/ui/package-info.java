/**
 * The administrators' views: users, organisations, teams, cohorts, the audit log and the outbox.
 */
@NullMarked
package org.doorstep.admin.ui;

import org.jspecify.annotations.NullMarked;
