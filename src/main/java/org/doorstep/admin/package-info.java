/**
 * Administration: accounts, roles, organisations, teams, cohorts, the audit log and data requests as administrators
 * look after them.
 */
@NullMarked
package org.doorstep.admin;

import org.jspecify.annotations.NullMarked;
