package org.doorstep.reports;

import java.util.List;

/** A whole report, for the downloads: its figures and every person it covers, by name. */
public record TeamReport(TeamFigures figures, List<PersonProgress> people) {
}
