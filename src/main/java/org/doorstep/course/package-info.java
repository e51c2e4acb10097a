/**
 * The course: lessons played step by step by the signed-in person, their learning records, and course authoring.
 */
@NullMarked
package org.doorstep.course;

import org.jspecify.annotations.NullMarked;
