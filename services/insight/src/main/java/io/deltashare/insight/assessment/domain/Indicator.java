package io.deltashare.insight.assessment.domain;

/**
 * What a provider's assessment may weigh, each read from its report of the year. The first five count service to
 * industry and openness (「强化大装置服务产业的评价导向」): hours firms used, service to other regions, how much of the
 * open time was used, how many firms were served, how they rated it.
 */
public enum Indicator {
    /** Hours firms (at the enterprise price) used in completed bookings. */
    ENTERPRISE_HOURS,
    /** Yuan of completed bookings and accepted order milestones bought by organizations of other regions. */
    CROSS_REGION_REVENUE,
    /** Used over open hours, 0 to 1. */
    UTILISATION,
    /** Firms served (a completed booking or an accepted order milestone). */
    FIRMS_SERVED,
    /** The average of the ratings' quality, timeliness and service, 1 to 5; 0 without ratings. */
    RATING,
    /** Organizations served from the Yangtze River Delta among all served, 0 to 1. */
    DELTA_SHARE,
    /** Hours from a booking's request to the provider's decision, on average: fewer is better. */
    RESPONSE_HOURS,
    /** Yuan of completed bookings and accepted order milestones. */
    REVENUE
}
