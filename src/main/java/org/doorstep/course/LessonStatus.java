package org.doorstep.course;

public enum LessonStatus { NOT_STARTED, IN_PROGRESS, COMPLETED }
