/**
 * The database and mail around the application: the embedded PostgreSQL and SMTP server of the embedded mode, and
 * LISTEN/NOTIFY channels.
 */
@NullMarked
package org.doorstep.base.database;

import org.jspecify.annotations.NullMarked;
