package org.doorstep.results;

/** The figures a trainee records; the Social Selling Index counts as its total (the pillars' sum). */
public enum Metric {
    PROFILE_VIEWS, SEARCH_APPEARANCES, POST_IMPRESSIONS, FOLLOWERS, CONNECTIONS, SSI
}
