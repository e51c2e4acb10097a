/**
 * Who may do what: sign-in, accounts, registration into a cohort, passwords, e-mail verification, throttling and
 * the directory of organisations, teams and cohorts.
 */
@NullMarked
package org.doorstep.security;

import org.jspecify.annotations.NullMarked;
