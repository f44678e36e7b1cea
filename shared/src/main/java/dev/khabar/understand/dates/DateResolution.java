package dev.khabar.understand.dates;

/**
 * Which way a bare weekday or a month without a year points. News mostly reports what happened, so
 * {@code PAST} ("on Monday" = the last Monday up to the reference day) is the default; {@code FUTURE}
 * is the convention of schedulers and of the Duckling corpus.
 */
public enum DateResolution {
    PAST, FUTURE
}
